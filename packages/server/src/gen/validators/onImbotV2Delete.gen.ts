// This file is generated from schema/openapi.yaml by scripts/generate.ts. Do not edit.
// Ajv standalone code (JSON Schema 2020-12) for the ONIMBOTV2DELETE event. Inputs 717d113da43b143c, code da80f829e849c0b9.
// @ts-nocheck
/* eslint-disable */
import { formats, ucs2length } from '../../runtime/formats.js';
"use strict";
export const payload = validate20;
const schema31 = {"$id":"payload","$ref":"contract#/$defs/ImbotV2EventDeleteDelivery"};
const schema33 = {"type":"object","required":["event","data","ts","auth"],"additionalProperties":true,"properties":{"event":{"type":"string","const":"ONIMBOTV2DELETE"},"event_handler_id":{"type":"integer"},"data":{"$ref":"contract#/$defs/ImbotV2EventDeleteData"},"ts":{"type":"integer"},"auth":{"$ref":"contract#/$defs/ImbotV2EventAuth"}}};
const schema40 = {"type":"object","required":["application_token"],"additionalProperties":true,"properties":{"application_token":{"type":"string","minLength":1},"domain":{"type":"string"},"client_endpoint":{"type":"string"},"server_endpoint":{"type":"string"},"member_id":{"type":"string"},"access_token":{"type":"string"},"expires_in":{"type":"integer"},"scope":{"type":"string"},"status":{"type":"string"},"refresh_token":{"type":"string"}}};
const schema34 = {"type":"object","required":["bot"],"additionalProperties":true,"properties":{"bot":{"$ref":"contract#/$defs/ImbotV2EventBot"}}};
const schema35 = {"anyOf":[{"$ref":"contract#/$defs/Bot"},{"$ref":"contract#/$defs/ImbotV2EventWebhookBot"}]};
const schema36 = {"type":"object","required":["id","code"],"properties":{"id":{"type":"integer","minimum":1},"code":{"type":"string"},"type":{"type":"string","enum":["bot","supervisor","personal","openline","network"]},"isHidden":{"type":"boolean"},"isSupportOpenline":{"type":"boolean"},"isReactionsEnabled":{"type":"boolean"},"backgroundId":{"type":["string","null"]},"language":{"type":"string"},"moduleId":{"type":"string"},"eventMode":{"$ref":"contract#/$defs/EventMode"},"countMessage":{"type":"integer","minimum":0},"countCommand":{"type":"integer","minimum":0},"countChat":{"type":"integer","minimum":0},"countUser":{"type":"integer","minimum":0}}};
const schema37 = {"type":"string","enum":["fetch","webhook"],"default":"fetch"};

function validate25(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate25.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.id === undefined) && (missing0 = "id")) || ((data.code === undefined) && (missing0 = "code"))){
validate25.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.id !== undefined){
let data0 = data.id;
const _errs1 = errors;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
validate25.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs1){
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 < 1 || isNaN(data0)){
validate25.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.code !== undefined){
const _errs3 = errors;
if(typeof data.code !== "string"){
validate25.errors = [{instancePath:instancePath+"/code",schemaPath:"#/properties/code/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.type !== undefined){
let data2 = data.type;
const _errs5 = errors;
if(typeof data2 !== "string"){
validate25.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((((data2 === "bot") || (data2 === "supervisor")) || (data2 === "personal")) || (data2 === "openline")) || (data2 === "network"))){
validate25.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema36.properties.type.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.isHidden !== undefined){
const _errs7 = errors;
if(typeof data.isHidden !== "boolean"){
validate25.errors = [{instancePath:instancePath+"/isHidden",schemaPath:"#/properties/isHidden/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.isSupportOpenline !== undefined){
const _errs9 = errors;
if(typeof data.isSupportOpenline !== "boolean"){
validate25.errors = [{instancePath:instancePath+"/isSupportOpenline",schemaPath:"#/properties/isSupportOpenline/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.isReactionsEnabled !== undefined){
const _errs11 = errors;
if(typeof data.isReactionsEnabled !== "boolean"){
validate25.errors = [{instancePath:instancePath+"/isReactionsEnabled",schemaPath:"#/properties/isReactionsEnabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.backgroundId !== undefined){
let data6 = data.backgroundId;
const _errs13 = errors;
if((typeof data6 !== "string") && (data6 !== null)){
validate25.errors = [{instancePath:instancePath+"/backgroundId",schemaPath:"#/properties/backgroundId/type",keyword:"type",params:{type: schema36.properties.backgroundId.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs13 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.language !== undefined){
const _errs15 = errors;
if(typeof data.language !== "string"){
validate25.errors = [{instancePath:instancePath+"/language",schemaPath:"#/properties/language/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs15 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.moduleId !== undefined){
const _errs17 = errors;
if(typeof data.moduleId !== "string"){
validate25.errors = [{instancePath:instancePath+"/moduleId",schemaPath:"#/properties/moduleId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs17 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.eventMode !== undefined){
let data9 = data.eventMode;
const _errs19 = errors;
if(typeof data9 !== "string"){
validate25.errors = [{instancePath:instancePath+"/eventMode",schemaPath:"contract#/$defs/EventMode/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((data9 === "fetch") || (data9 === "webhook"))){
validate25.errors = [{instancePath:instancePath+"/eventMode",schemaPath:"contract#/$defs/EventMode/enum",keyword:"enum",params:{allowedValues: schema37.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs19 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.countMessage !== undefined){
let data10 = data.countMessage;
const _errs22 = errors;
if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){
validate25.errors = [{instancePath:instancePath+"/countMessage",schemaPath:"#/properties/countMessage/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs22){
if((typeof data10 == "number") && (isFinite(data10))){
if(data10 < 0 || isNaN(data10)){
validate25.errors = [{instancePath:instancePath+"/countMessage",schemaPath:"#/properties/countMessage/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid0 = _errs22 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.countCommand !== undefined){
let data11 = data.countCommand;
const _errs24 = errors;
if(!(((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11))) && (isFinite(data11)))){
validate25.errors = [{instancePath:instancePath+"/countCommand",schemaPath:"#/properties/countCommand/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs24){
if((typeof data11 == "number") && (isFinite(data11))){
if(data11 < 0 || isNaN(data11)){
validate25.errors = [{instancePath:instancePath+"/countCommand",schemaPath:"#/properties/countCommand/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid0 = _errs24 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.countChat !== undefined){
let data12 = data.countChat;
const _errs26 = errors;
if(!(((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12))) && (isFinite(data12)))){
validate25.errors = [{instancePath:instancePath+"/countChat",schemaPath:"#/properties/countChat/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs26){
if((typeof data12 == "number") && (isFinite(data12))){
if(data12 < 0 || isNaN(data12)){
validate25.errors = [{instancePath:instancePath+"/countChat",schemaPath:"#/properties/countChat/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid0 = _errs26 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.countUser !== undefined){
let data13 = data.countUser;
const _errs28 = errors;
if(!(((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13))) && (isFinite(data13)))){
validate25.errors = [{instancePath:instancePath+"/countUser",schemaPath:"#/properties/countUser/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs28){
if((typeof data13 == "number") && (isFinite(data13))){
if(data13 < 0 || isNaN(data13)){
validate25.errors = [{instancePath:instancePath+"/countUser",schemaPath:"#/properties/countUser/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid0 = _errs28 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate25.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate25.errors = vErrors;
return errors === 0;
}
validate25.evaluated = {"props":{"id":true,"code":true,"type":true,"isHidden":true,"isSupportOpenline":true,"isReactionsEnabled":true,"backgroundId":true,"language":true,"moduleId":true,"eventMode":true,"countMessage":true,"countCommand":true,"countChat":true,"countUser":true},"dynamicProps":false,"dynamicItems":false};

const schema38 = {"type":"object","required":["id","code"],"additionalProperties":true,"properties":{"id":{"$ref":"contract#/$defs/BotId"},"code":{"type":"string"},"auth":{"type":"object","additionalProperties":true}}};
const schema39 = {"type":"integer","minimum":1};

function validate27(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate27.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.id === undefined) && (missing0 = "id")) || ((data.code === undefined) && (missing0 = "code"))){
validate27.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.id !== undefined){
let data0 = data.id;
const _errs2 = errors;
const _errs3 = errors;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
validate27.errors = [{instancePath:instancePath+"/id",schemaPath:"contract#/$defs/BotId/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs3){
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 < 1 || isNaN(data0)){
validate27.errors = [{instancePath:instancePath+"/id",schemaPath:"contract#/$defs/BotId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.code !== undefined){
const _errs5 = errors;
if(typeof data.code !== "string"){
validate27.errors = [{instancePath:instancePath+"/code",schemaPath:"#/properties/code/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.auth !== undefined){
let data2 = data.auth;
const _errs7 = errors;
if(errors === _errs7){
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
}
else {
validate27.errors = [{instancePath:instancePath+"/auth",schemaPath:"#/properties/auth/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate27.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate27.errors = vErrors;
return errors === 0;
}
validate27.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate24(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate24.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
let valid0 = false;
const _errs1 = errors;
if(!(validate25(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
var _valid0 = _errs1 === errors;
valid0 = valid0 || _valid0;
if(_valid0){
var props0 = {};
props0.id = true;
props0.code = true;
props0.type = true;
props0.isHidden = true;
props0.isSupportOpenline = true;
props0.isReactionsEnabled = true;
props0.backgroundId = true;
props0.language = true;
props0.moduleId = true;
props0.eventMode = true;
props0.countMessage = true;
props0.countCommand = true;
props0.countChat = true;
props0.countUser = true;
}
const _errs2 = errors;
if(!(validate27(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
errors = vErrors.length;
}
var _valid0 = _errs2 === errors;
valid0 = valid0 || _valid0;
if(_valid0){
if(props0 !== true){
props0 = true;
}
}
if(!valid0){
const err0 = {instancePath,schemaPath:"#/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
validate24.errors = vErrors;
return false;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate24.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate24.evaluated = {"dynamicProps":true,"dynamicItems":false};


function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate23.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.bot === undefined) && (missing0 = "bot")){
validate23.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.bot !== undefined){
if(!(validate24(data.bot, {instancePath:instancePath+"/bot",parentData:data,parentDataProperty:"bot",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
}
}
}
else {
validate23.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate23.errors = vErrors;
return errors === 0;
}
validate23.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const func1 = ucs2length;

function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate22.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((data.event === undefined) && (missing0 = "event")) || ((data.data === undefined) && (missing0 = "data"))) || ((data.ts === undefined) && (missing0 = "ts"))) || ((data.auth === undefined) && (missing0 = "auth"))){
validate22.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.event !== undefined){
let data0 = data.event;
const _errs2 = errors;
if(typeof data0 !== "string"){
validate22.errors = [{instancePath:instancePath+"/event",schemaPath:"#/properties/event/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if("ONIMBOTV2DELETE" !== data0){
validate22.errors = [{instancePath:instancePath+"/event",schemaPath:"#/properties/event/const",keyword:"const",params:{allowedValue: "ONIMBOTV2DELETE"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.event_handler_id !== undefined){
let data1 = data.event_handler_id;
const _errs4 = errors;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
validate22.errors = [{instancePath:instancePath+"/event_handler_id",schemaPath:"#/properties/event_handler_id/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.data !== undefined){
const _errs6 = errors;
if(!(validate23(data.data, {instancePath:instancePath+"/data",parentData:data,parentDataProperty:"data",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.ts !== undefined){
let data3 = data.ts;
const _errs7 = errors;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
validate22.errors = [{instancePath:instancePath+"/ts",schemaPath:"#/properties/ts/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.auth !== undefined){
let data4 = data.auth;
const _errs9 = errors;
const _errs10 = errors;
if(errors === _errs10){
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
let missing1;
if((data4.application_token === undefined) && (missing1 = "application_token")){
validate22.errors = [{instancePath:instancePath+"/auth",schemaPath:"contract#/$defs/ImbotV2EventAuth/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data4.application_token !== undefined){
let data5 = data4.application_token;
const _errs13 = errors;
if(errors === _errs13){
if(typeof data5 === "string"){
if(func1(data5) < 1){
validate22.errors = [{instancePath:instancePath+"/auth/application_token",schemaPath:"contract#/$defs/ImbotV2EventAuth/properties/application_token/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate22.errors = [{instancePath:instancePath+"/auth/application_token",schemaPath:"contract#/$defs/ImbotV2EventAuth/properties/application_token/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid2 = _errs13 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data4.domain !== undefined){
const _errs15 = errors;
if(typeof data4.domain !== "string"){
validate22.errors = [{instancePath:instancePath+"/auth/domain",schemaPath:"contract#/$defs/ImbotV2EventAuth/properties/domain/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs15 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data4.client_endpoint !== undefined){
const _errs17 = errors;
if(typeof data4.client_endpoint !== "string"){
validate22.errors = [{instancePath:instancePath+"/auth/client_endpoint",schemaPath:"contract#/$defs/ImbotV2EventAuth/properties/client_endpoint/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs17 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data4.server_endpoint !== undefined){
const _errs19 = errors;
if(typeof data4.server_endpoint !== "string"){
validate22.errors = [{instancePath:instancePath+"/auth/server_endpoint",schemaPath:"contract#/$defs/ImbotV2EventAuth/properties/server_endpoint/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs19 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data4.member_id !== undefined){
const _errs21 = errors;
if(typeof data4.member_id !== "string"){
validate22.errors = [{instancePath:instancePath+"/auth/member_id",schemaPath:"contract#/$defs/ImbotV2EventAuth/properties/member_id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs21 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data4.access_token !== undefined){
const _errs23 = errors;
if(typeof data4.access_token !== "string"){
validate22.errors = [{instancePath:instancePath+"/auth/access_token",schemaPath:"contract#/$defs/ImbotV2EventAuth/properties/access_token/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs23 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data4.expires_in !== undefined){
let data11 = data4.expires_in;
const _errs25 = errors;
if(!(((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11))) && (isFinite(data11)))){
validate22.errors = [{instancePath:instancePath+"/auth/expires_in",schemaPath:"contract#/$defs/ImbotV2EventAuth/properties/expires_in/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid2 = _errs25 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data4.scope !== undefined){
const _errs27 = errors;
if(typeof data4.scope !== "string"){
validate22.errors = [{instancePath:instancePath+"/auth/scope",schemaPath:"contract#/$defs/ImbotV2EventAuth/properties/scope/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs27 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data4.status !== undefined){
const _errs29 = errors;
if(typeof data4.status !== "string"){
validate22.errors = [{instancePath:instancePath+"/auth/status",schemaPath:"contract#/$defs/ImbotV2EventAuth/properties/status/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs29 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data4.refresh_token !== undefined){
const _errs31 = errors;
if(typeof data4.refresh_token !== "string"){
validate22.errors = [{instancePath:instancePath+"/auth/refresh_token",schemaPath:"contract#/$defs/ImbotV2EventAuth/properties/refresh_token/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs31 === errors;
}
else {
var valid2 = true;
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate22.errors = [{instancePath:instancePath+"/auth",schemaPath:"contract#/$defs/ImbotV2EventAuth/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
else {
validate22.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate22.errors = vErrors;
return errors === 0;
}
validate22.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="payload" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate20.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate22(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

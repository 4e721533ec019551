// This file is generated from schema/openapi.yaml by scripts/generate.ts. Do not edit.
// Ajv standalone code (JSON Schema 2020-12) for the ONIMBOTV2CONTEXTGET event. Inputs bfaa5adcacb701f8, code 2df1df8e00c62df9.
// @ts-nocheck
/* eslint-disable */
import { formats, ucs2length } from '../../runtime/formats.js';
"use strict";
export const payload = validate20;
const schema31 = {"$id":"payload","$ref":"contract#/$defs/ImbotV2EventContextGetDelivery"};
const schema33 = {"type":"object","required":["event","data","ts","auth"],"additionalProperties":true,"properties":{"event":{"type":"string","const":"ONIMBOTV2CONTEXTGET"},"event_handler_id":{"type":"integer"},"data":{"$ref":"contract#/$defs/ImbotV2EventContextGetData"},"ts":{"type":"integer"},"auth":{"$ref":"contract#/$defs/ImbotV2EventAuth"}}};
const schema49 = {"type":"object","required":["application_token"],"additionalProperties":true,"properties":{"application_token":{"type":"string","minLength":1},"domain":{"type":"string"},"client_endpoint":{"type":"string"},"server_endpoint":{"type":"string"},"member_id":{"type":"string"},"access_token":{"type":"string"},"expires_in":{"type":"integer"},"scope":{"type":"string"},"status":{"type":"string"},"refresh_token":{"type":"string"}}};
const schema34 = {"type":"object","required":["bot","dialogId","context","chat","user","language"],"additionalProperties":true,"properties":{"bot":{"$ref":"contract#/$defs/ImbotV2EventBot"},"dialogId":{"$ref":"contract#/$defs/DialogId"},"context":{"type":"object","additionalProperties":true},"chat":{"$ref":"contract#/$defs/Chat"},"user":{"$ref":"contract#/$defs/User"},"language":{"$ref":"contract#/$defs/ImbotV2EventLanguage"}}};
const schema40 = {"type":"string","pattern":"^(chat[1-9][0-9]*|[1-9][0-9]*)$"};
const schema41 = {"type":"object","required":["id","dialogId"],"properties":{"id":{"type":"integer","minimum":1},"dialogId":{"type":"string"},"name":{"type":"string"},"type":{"type":"string"},"messageType":{"type":"string"},"owner":{"type":"integer"},"color":{"type":["string","null"]},"avatar":{"type":"string"},"description":{"type":"string"},"extranet":{"type":"boolean"},"role":{"type":"string","enum":["owner","manager","member","guest","none"]},"containsCollaber":{"type":"boolean"},"muteList":{"type":"array","items":{"type":"integer"}},"entityType":{"type":"string"},"entityId":{"type":"string"},"entityData1":{"type":"string"},"entityData2":{"type":"string"},"entityData3":{"type":"string"},"entityLink":{"type":"object"},"diskFolderId":{"type":["integer","null"]},"permissions":{"type":"object"},"parentChatId":{"type":["integer","null"]},"parentMessageId":{"type":["integer","null"]},"isNew":{"type":"boolean"},"textFieldEnabled":{"type":"string","enum":["Y","N"]},"backgroundId":{"type":["string","null"]},"dateCreate":{"type":["string","null"],"format":"date-time"},"lastMessageId":{"type":["integer","null"]},"lastId":{"type":["integer","null"]},"managerList":{"type":"array","items":{"type":"integer"}},"messageCount":{"type":"integer"},"userCounter":{"type":"integer"},"unreadId":{"type":["integer","null"]},"lastMessageViews":{"type":"string"},"markedId":{"type":["integer","null"]},"public":{"oneOf":[{"type":"object"},{"type":"string"}]}}};
const schema48 = {"type":"string"};
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

const schema42 = {"type":"object","required":["id"],"properties":{"id":{"type":"integer","minimum":1},"active":{"type":"boolean"},"name":{"type":"string"},"firstName":{"type":"string"},"lastName":{"type":"string"},"workPosition":{"type":"string"},"color":{"type":"string"},"avatar":{"type":"string"},"gender":{"type":"string"},"birthday":{"type":"string"},"extranet":{"type":"boolean"},"bot":{"type":"boolean"},"connector":{"type":"boolean"},"externalAuthId":{"type":"string"},"status":{"type":"string"},"idle":{"$ref":"contract#/$defs/DateTimeOrFalse"},"lastActivityDate":{"$ref":"contract#/$defs/DateTimeOrFalse"},"mobileLastDate":{"$ref":"contract#/$defs/DateTimeOrFalse"},"desktopLastDate":{"$ref":"contract#/$defs/DateTimeOrFalse"},"absent":{"$ref":"contract#/$defs/DateTimeOrFalse"},"departments":{"type":"array","items":{"type":"integer"}},"phones":{"oneOf":[{"type":"object"},{"type":"array"},{"const":false}]},"type":{"type":"string"},"website":{"type":"string"},"email":{"type":"string"}}};
const schema43 = {"oneOf":[{"type":"string","format":"date-time"},{"const":false}]};
const formats0 = formats["date-time"];

function validate30(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate30.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.id === undefined) && (missing0 = "id")){
validate30.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.id !== undefined){
let data0 = data.id;
const _errs1 = errors;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
validate30.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs1){
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 < 1 || isNaN(data0)){
validate30.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
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
if(data.active !== undefined){
const _errs3 = errors;
if(typeof data.active !== "boolean"){
validate30.errors = [{instancePath:instancePath+"/active",schemaPath:"#/properties/active/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.name !== undefined){
const _errs5 = errors;
if(typeof data.name !== "string"){
validate30.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.firstName !== undefined){
const _errs7 = errors;
if(typeof data.firstName !== "string"){
validate30.errors = [{instancePath:instancePath+"/firstName",schemaPath:"#/properties/firstName/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.lastName !== undefined){
const _errs9 = errors;
if(typeof data.lastName !== "string"){
validate30.errors = [{instancePath:instancePath+"/lastName",schemaPath:"#/properties/lastName/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.workPosition !== undefined){
const _errs11 = errors;
if(typeof data.workPosition !== "string"){
validate30.errors = [{instancePath:instancePath+"/workPosition",schemaPath:"#/properties/workPosition/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.color !== undefined){
const _errs13 = errors;
if(typeof data.color !== "string"){
validate30.errors = [{instancePath:instancePath+"/color",schemaPath:"#/properties/color/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs13 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.avatar !== undefined){
const _errs15 = errors;
if(typeof data.avatar !== "string"){
validate30.errors = [{instancePath:instancePath+"/avatar",schemaPath:"#/properties/avatar/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs15 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.gender !== undefined){
const _errs17 = errors;
if(typeof data.gender !== "string"){
validate30.errors = [{instancePath:instancePath+"/gender",schemaPath:"#/properties/gender/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs17 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.birthday !== undefined){
const _errs19 = errors;
if(typeof data.birthday !== "string"){
validate30.errors = [{instancePath:instancePath+"/birthday",schemaPath:"#/properties/birthday/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs19 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.extranet !== undefined){
const _errs21 = errors;
if(typeof data.extranet !== "boolean"){
validate30.errors = [{instancePath:instancePath+"/extranet",schemaPath:"#/properties/extranet/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs21 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.bot !== undefined){
const _errs23 = errors;
if(typeof data.bot !== "boolean"){
validate30.errors = [{instancePath:instancePath+"/bot",schemaPath:"#/properties/bot/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs23 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.connector !== undefined){
const _errs25 = errors;
if(typeof data.connector !== "boolean"){
validate30.errors = [{instancePath:instancePath+"/connector",schemaPath:"#/properties/connector/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs25 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.externalAuthId !== undefined){
const _errs27 = errors;
if(typeof data.externalAuthId !== "string"){
validate30.errors = [{instancePath:instancePath+"/externalAuthId",schemaPath:"#/properties/externalAuthId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs27 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.status !== undefined){
const _errs29 = errors;
if(typeof data.status !== "string"){
validate30.errors = [{instancePath:instancePath+"/status",schemaPath:"#/properties/status/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs29 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.idle !== undefined){
let data15 = data.idle;
const _errs31 = errors;
const _errs33 = errors;
let valid2 = false;
let passing0 = null;
const _errs34 = errors;
if(errors === _errs34){
if(errors === _errs34){
if(typeof data15 === "string"){
if(!(formats0(data15))){
const err0 = {instancePath:instancePath+"/idle",schemaPath:"contract#/$defs/DateTimeOrFalse/oneOf/0/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
else {
const err1 = {instancePath:instancePath+"/idle",schemaPath:"contract#/$defs/DateTimeOrFalse/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
var _valid0 = _errs34 === errors;
if(_valid0){
valid2 = true;
passing0 = 0;
}
const _errs36 = errors;
if(false !== data15){
const err2 = {instancePath:instancePath+"/idle",schemaPath:"contract#/$defs/DateTimeOrFalse/oneOf/1/const",keyword:"const",params:{allowedValue: false},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
var _valid0 = _errs36 === errors;
if(_valid0 && valid2){
valid2 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid2 = true;
passing0 = 1;
}
}
if(!valid2){
const err3 = {instancePath:instancePath+"/idle",schemaPath:"contract#/$defs/DateTimeOrFalse/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
validate30.errors = vErrors;
return false;
}
else {
errors = _errs33;
if(vErrors !== null){
if(_errs33){
vErrors.length = _errs33;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs31 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.lastActivityDate !== undefined){
let data16 = data.lastActivityDate;
const _errs37 = errors;
const _errs39 = errors;
let valid4 = false;
let passing1 = null;
const _errs40 = errors;
if(errors === _errs40){
if(errors === _errs40){
if(typeof data16 === "string"){
if(!(formats0(data16))){
const err4 = {instancePath:instancePath+"/lastActivityDate",schemaPath:"contract#/$defs/DateTimeOrFalse/oneOf/0/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/lastActivityDate",schemaPath:"contract#/$defs/DateTimeOrFalse/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
var _valid1 = _errs40 === errors;
if(_valid1){
valid4 = true;
passing1 = 0;
}
const _errs42 = errors;
if(false !== data16){
const err6 = {instancePath:instancePath+"/lastActivityDate",schemaPath:"contract#/$defs/DateTimeOrFalse/oneOf/1/const",keyword:"const",params:{allowedValue: false},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
var _valid1 = _errs42 === errors;
if(_valid1 && valid4){
valid4 = false;
passing1 = [passing1, 1];
}
else {
if(_valid1){
valid4 = true;
passing1 = 1;
}
}
if(!valid4){
const err7 = {instancePath:instancePath+"/lastActivityDate",schemaPath:"contract#/$defs/DateTimeOrFalse/oneOf",keyword:"oneOf",params:{passingSchemas: passing1},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
validate30.errors = vErrors;
return false;
}
else {
errors = _errs39;
if(vErrors !== null){
if(_errs39){
vErrors.length = _errs39;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs37 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.mobileLastDate !== undefined){
let data17 = data.mobileLastDate;
const _errs43 = errors;
const _errs45 = errors;
let valid6 = false;
let passing2 = null;
const _errs46 = errors;
if(errors === _errs46){
if(errors === _errs46){
if(typeof data17 === "string"){
if(!(formats0(data17))){
const err8 = {instancePath:instancePath+"/mobileLastDate",schemaPath:"contract#/$defs/DateTimeOrFalse/oneOf/0/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/mobileLastDate",schemaPath:"contract#/$defs/DateTimeOrFalse/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
var _valid2 = _errs46 === errors;
if(_valid2){
valid6 = true;
passing2 = 0;
}
const _errs48 = errors;
if(false !== data17){
const err10 = {instancePath:instancePath+"/mobileLastDate",schemaPath:"contract#/$defs/DateTimeOrFalse/oneOf/1/const",keyword:"const",params:{allowedValue: false},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
var _valid2 = _errs48 === errors;
if(_valid2 && valid6){
valid6 = false;
passing2 = [passing2, 1];
}
else {
if(_valid2){
valid6 = true;
passing2 = 1;
}
}
if(!valid6){
const err11 = {instancePath:instancePath+"/mobileLastDate",schemaPath:"contract#/$defs/DateTimeOrFalse/oneOf",keyword:"oneOf",params:{passingSchemas: passing2},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
validate30.errors = vErrors;
return false;
}
else {
errors = _errs45;
if(vErrors !== null){
if(_errs45){
vErrors.length = _errs45;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs43 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.desktopLastDate !== undefined){
let data18 = data.desktopLastDate;
const _errs49 = errors;
const _errs51 = errors;
let valid8 = false;
let passing3 = null;
const _errs52 = errors;
if(errors === _errs52){
if(errors === _errs52){
if(typeof data18 === "string"){
if(!(formats0(data18))){
const err12 = {instancePath:instancePath+"/desktopLastDate",schemaPath:"contract#/$defs/DateTimeOrFalse/oneOf/0/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/desktopLastDate",schemaPath:"contract#/$defs/DateTimeOrFalse/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
var _valid3 = _errs52 === errors;
if(_valid3){
valid8 = true;
passing3 = 0;
}
const _errs54 = errors;
if(false !== data18){
const err14 = {instancePath:instancePath+"/desktopLastDate",schemaPath:"contract#/$defs/DateTimeOrFalse/oneOf/1/const",keyword:"const",params:{allowedValue: false},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
var _valid3 = _errs54 === errors;
if(_valid3 && valid8){
valid8 = false;
passing3 = [passing3, 1];
}
else {
if(_valid3){
valid8 = true;
passing3 = 1;
}
}
if(!valid8){
const err15 = {instancePath:instancePath+"/desktopLastDate",schemaPath:"contract#/$defs/DateTimeOrFalse/oneOf",keyword:"oneOf",params:{passingSchemas: passing3},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
validate30.errors = vErrors;
return false;
}
else {
errors = _errs51;
if(vErrors !== null){
if(_errs51){
vErrors.length = _errs51;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs49 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.absent !== undefined){
let data19 = data.absent;
const _errs55 = errors;
const _errs57 = errors;
let valid10 = false;
let passing4 = null;
const _errs58 = errors;
if(errors === _errs58){
if(errors === _errs58){
if(typeof data19 === "string"){
if(!(formats0(data19))){
const err16 = {instancePath:instancePath+"/absent",schemaPath:"contract#/$defs/DateTimeOrFalse/oneOf/0/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/absent",schemaPath:"contract#/$defs/DateTimeOrFalse/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
var _valid4 = _errs58 === errors;
if(_valid4){
valid10 = true;
passing4 = 0;
}
const _errs60 = errors;
if(false !== data19){
const err18 = {instancePath:instancePath+"/absent",schemaPath:"contract#/$defs/DateTimeOrFalse/oneOf/1/const",keyword:"const",params:{allowedValue: false},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
var _valid4 = _errs60 === errors;
if(_valid4 && valid10){
valid10 = false;
passing4 = [passing4, 1];
}
else {
if(_valid4){
valid10 = true;
passing4 = 1;
}
}
if(!valid10){
const err19 = {instancePath:instancePath+"/absent",schemaPath:"contract#/$defs/DateTimeOrFalse/oneOf",keyword:"oneOf",params:{passingSchemas: passing4},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
validate30.errors = vErrors;
return false;
}
else {
errors = _errs57;
if(vErrors !== null){
if(_errs57){
vErrors.length = _errs57;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs55 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.departments !== undefined){
let data20 = data.departments;
const _errs61 = errors;
if(errors === _errs61){
if(Array.isArray(data20)){
var valid11 = true;
const len0 = data20.length;
for(let i0=0; i0<len0; i0++){
let data21 = data20[i0];
const _errs63 = errors;
if(!(((typeof data21 == "number") && (!(data21 % 1) && !isNaN(data21))) && (isFinite(data21)))){
validate30.errors = [{instancePath:instancePath+"/departments/" + i0,schemaPath:"#/properties/departments/items/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid11 = _errs63 === errors;
if(!valid11){
break;
}
}
}
else {
validate30.errors = [{instancePath:instancePath+"/departments",schemaPath:"#/properties/departments/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs61 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.phones !== undefined){
let data22 = data.phones;
const _errs65 = errors;
const _errs66 = errors;
let valid12 = false;
let passing5 = null;
const _errs67 = errors;
if(!(data22 && typeof data22 == "object" && !Array.isArray(data22))){
const err20 = {instancePath:instancePath+"/phones",schemaPath:"#/properties/phones/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
var _valid5 = _errs67 === errors;
if(_valid5){
valid12 = true;
passing5 = 0;
}
const _errs69 = errors;
if(!(Array.isArray(data22))){
const err21 = {instancePath:instancePath+"/phones",schemaPath:"#/properties/phones/oneOf/1/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
var _valid5 = _errs69 === errors;
if(_valid5 && valid12){
valid12 = false;
passing5 = [passing5, 1];
}
else {
if(_valid5){
valid12 = true;
passing5 = 1;
}
const _errs71 = errors;
if(false !== data22){
const err22 = {instancePath:instancePath+"/phones",schemaPath:"#/properties/phones/oneOf/2/const",keyword:"const",params:{allowedValue: false},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
var _valid5 = _errs71 === errors;
if(_valid5 && valid12){
valid12 = false;
passing5 = [passing5, 2];
}
else {
if(_valid5){
valid12 = true;
passing5 = 2;
}
}
}
if(!valid12){
const err23 = {instancePath:instancePath+"/phones",schemaPath:"#/properties/phones/oneOf",keyword:"oneOf",params:{passingSchemas: passing5},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
validate30.errors = vErrors;
return false;
}
else {
errors = _errs66;
if(vErrors !== null){
if(_errs66){
vErrors.length = _errs66;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs65 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.type !== undefined){
const _errs72 = errors;
if(typeof data.type !== "string"){
validate30.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs72 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.website !== undefined){
const _errs74 = errors;
if(typeof data.website !== "string"){
validate30.errors = [{instancePath:instancePath+"/website",schemaPath:"#/properties/website/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs74 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.email !== undefined){
const _errs76 = errors;
if(typeof data.email !== "string"){
validate30.errors = [{instancePath:instancePath+"/email",schemaPath:"#/properties/email/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs76 === errors;
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
validate30.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate30.errors = vErrors;
return errors === 0;
}
validate30.evaluated = {"props":{"id":true,"active":true,"name":true,"firstName":true,"lastName":true,"workPosition":true,"color":true,"avatar":true,"gender":true,"birthday":true,"extranet":true,"bot":true,"connector":true,"externalAuthId":true,"status":true,"idle":true,"lastActivityDate":true,"mobileLastDate":true,"desktopLastDate":true,"absent":true,"departments":true,"phones":true,"type":true,"website":true,"email":true},"dynamicProps":false,"dynamicItems":false};

const pattern4 = new RegExp("^(chat[1-9][0-9]*|[1-9][0-9]*)$", "u");

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
if(((((((data.bot === undefined) && (missing0 = "bot")) || ((data.dialogId === undefined) && (missing0 = "dialogId"))) || ((data.context === undefined) && (missing0 = "context"))) || ((data.chat === undefined) && (missing0 = "chat"))) || ((data.user === undefined) && (missing0 = "user"))) || ((data.language === undefined) && (missing0 = "language"))){
validate23.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.bot !== undefined){
const _errs2 = errors;
if(!(validate24(data.bot, {instancePath:instancePath+"/bot",parentData:data,parentDataProperty:"bot",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.dialogId !== undefined){
let data1 = data.dialogId;
const _errs3 = errors;
const _errs4 = errors;
if(errors === _errs4){
if(typeof data1 === "string"){
if(!pattern4.test(data1)){
validate23.errors = [{instancePath:instancePath+"/dialogId",schemaPath:"contract#/$defs/DialogId/pattern",keyword:"pattern",params:{pattern: "^(chat[1-9][0-9]*|[1-9][0-9]*)$"},message:"must match pattern \""+"^(chat[1-9][0-9]*|[1-9][0-9]*)$"+"\""}];
return false;
}
}
else {
validate23.errors = [{instancePath:instancePath+"/dialogId",schemaPath:"contract#/$defs/DialogId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.context !== undefined){
let data2 = data.context;
const _errs6 = errors;
if(errors === _errs6){
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
}
else {
validate23.errors = [{instancePath:instancePath+"/context",schemaPath:"#/properties/context/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.chat !== undefined){
let data3 = data.chat;
const _errs9 = errors;
const _errs10 = errors;
if(errors === _errs10){
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
let missing1;
if(((data3.id === undefined) && (missing1 = "id")) || ((data3.dialogId === undefined) && (missing1 = "dialogId"))){
validate23.errors = [{instancePath:instancePath+"/chat",schemaPath:"contract#/$defs/Chat/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data3.id !== undefined){
let data4 = data3.id;
const _errs12 = errors;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
validate23.errors = [{instancePath:instancePath+"/chat/id",schemaPath:"contract#/$defs/Chat/properties/id/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs12){
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 < 1 || isNaN(data4)){
validate23.errors = [{instancePath:instancePath+"/chat/id",schemaPath:"contract#/$defs/Chat/properties/id/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
var valid3 = _errs12 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data3.dialogId !== undefined){
const _errs14 = errors;
if(typeof data3.dialogId !== "string"){
validate23.errors = [{instancePath:instancePath+"/chat/dialogId",schemaPath:"contract#/$defs/Chat/properties/dialogId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs14 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data3.name !== undefined){
const _errs16 = errors;
if(typeof data3.name !== "string"){
validate23.errors = [{instancePath:instancePath+"/chat/name",schemaPath:"contract#/$defs/Chat/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs16 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data3.type !== undefined){
const _errs18 = errors;
if(typeof data3.type !== "string"){
validate23.errors = [{instancePath:instancePath+"/chat/type",schemaPath:"contract#/$defs/Chat/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs18 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data3.messageType !== undefined){
const _errs20 = errors;
if(typeof data3.messageType !== "string"){
validate23.errors = [{instancePath:instancePath+"/chat/messageType",schemaPath:"contract#/$defs/Chat/properties/messageType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs20 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data3.owner !== undefined){
let data9 = data3.owner;
const _errs22 = errors;
if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
validate23.errors = [{instancePath:instancePath+"/chat/owner",schemaPath:"contract#/$defs/Chat/properties/owner/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid3 = _errs22 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data3.color !== undefined){
let data10 = data3.color;
const _errs24 = errors;
if((typeof data10 !== "string") && (data10 !== null)){
validate23.errors = [{instancePath:instancePath+"/chat/color",schemaPath:"contract#/$defs/Chat/properties/color/type",keyword:"type",params:{type: schema41.properties.color.type},message:"must be string,null"}];
return false;
}
var valid3 = _errs24 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data3.avatar !== undefined){
const _errs26 = errors;
if(typeof data3.avatar !== "string"){
validate23.errors = [{instancePath:instancePath+"/chat/avatar",schemaPath:"contract#/$defs/Chat/properties/avatar/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs26 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data3.description !== undefined){
const _errs28 = errors;
if(typeof data3.description !== "string"){
validate23.errors = [{instancePath:instancePath+"/chat/description",schemaPath:"contract#/$defs/Chat/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs28 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data3.extranet !== undefined){
const _errs30 = errors;
if(typeof data3.extranet !== "boolean"){
validate23.errors = [{instancePath:instancePath+"/chat/extranet",schemaPath:"contract#/$defs/Chat/properties/extranet/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid3 = _errs30 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data3.role !== undefined){
let data14 = data3.role;
const _errs32 = errors;
if(typeof data14 !== "string"){
validate23.errors = [{instancePath:instancePath+"/chat/role",schemaPath:"contract#/$defs/Chat/properties/role/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((((data14 === "owner") || (data14 === "manager")) || (data14 === "member")) || (data14 === "guest")) || (data14 === "none"))){
validate23.errors = [{instancePath:instancePath+"/chat/role",schemaPath:"contract#/$defs/Chat/properties/role/enum",keyword:"enum",params:{allowedValues: schema41.properties.role.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid3 = _errs32 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data3.containsCollaber !== undefined){
const _errs34 = errors;
if(typeof data3.containsCollaber !== "boolean"){
validate23.errors = [{instancePath:instancePath+"/chat/containsCollaber",schemaPath:"contract#/$defs/Chat/properties/containsCollaber/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid3 = _errs34 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data3.muteList !== undefined){
let data16 = data3.muteList;
const _errs36 = errors;
if(errors === _errs36){
if(Array.isArray(data16)){
var valid4 = true;
const len0 = data16.length;
for(let i0=0; i0<len0; i0++){
let data17 = data16[i0];
const _errs38 = errors;
if(!(((typeof data17 == "number") && (!(data17 % 1) && !isNaN(data17))) && (isFinite(data17)))){
validate23.errors = [{instancePath:instancePath+"/chat/muteList/" + i0,schemaPath:"contract#/$defs/Chat/properties/muteList/items/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid4 = _errs38 === errors;
if(!valid4){
break;
}
}
}
else {
validate23.errors = [{instancePath:instancePath+"/chat/muteList",schemaPath:"contract#/$defs/Chat/properties/muteList/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid3 = _errs36 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data3.entityType !== undefined){
const _errs40 = errors;
if(typeof data3.entityType !== "string"){
validate23.errors = [{instancePath:instancePath+"/chat/entityType",schemaPath:"contract#/$defs/Chat/properties/entityType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs40 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data3.entityId !== undefined){
const _errs42 = errors;
if(typeof data3.entityId !== "string"){
validate23.errors = [{instancePath:instancePath+"/chat/entityId",schemaPath:"contract#/$defs/Chat/properties/entityId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs42 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data3.entityData1 !== undefined){
const _errs44 = errors;
if(typeof data3.entityData1 !== "string"){
validate23.errors = [{instancePath:instancePath+"/chat/entityData1",schemaPath:"contract#/$defs/Chat/properties/entityData1/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs44 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data3.entityData2 !== undefined){
const _errs46 = errors;
if(typeof data3.entityData2 !== "string"){
validate23.errors = [{instancePath:instancePath+"/chat/entityData2",schemaPath:"contract#/$defs/Chat/properties/entityData2/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs46 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data3.entityData3 !== undefined){
const _errs48 = errors;
if(typeof data3.entityData3 !== "string"){
validate23.errors = [{instancePath:instancePath+"/chat/entityData3",schemaPath:"contract#/$defs/Chat/properties/entityData3/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs48 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data3.entityLink !== undefined){
let data23 = data3.entityLink;
const _errs50 = errors;
if(!(data23 && typeof data23 == "object" && !Array.isArray(data23))){
validate23.errors = [{instancePath:instancePath+"/chat/entityLink",schemaPath:"contract#/$defs/Chat/properties/entityLink/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
var valid3 = _errs50 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data3.diskFolderId !== undefined){
let data24 = data3.diskFolderId;
const _errs52 = errors;
if((!(((typeof data24 == "number") && (!(data24 % 1) && !isNaN(data24))) && (isFinite(data24)))) && (data24 !== null)){
validate23.errors = [{instancePath:instancePath+"/chat/diskFolderId",schemaPath:"contract#/$defs/Chat/properties/diskFolderId/type",keyword:"type",params:{type: schema41.properties.diskFolderId.type},message:"must be integer,null"}];
return false;
}
var valid3 = _errs52 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data3.permissions !== undefined){
let data25 = data3.permissions;
const _errs54 = errors;
if(!(data25 && typeof data25 == "object" && !Array.isArray(data25))){
validate23.errors = [{instancePath:instancePath+"/chat/permissions",schemaPath:"contract#/$defs/Chat/properties/permissions/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
var valid3 = _errs54 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data3.parentChatId !== undefined){
let data26 = data3.parentChatId;
const _errs56 = errors;
if((!(((typeof data26 == "number") && (!(data26 % 1) && !isNaN(data26))) && (isFinite(data26)))) && (data26 !== null)){
validate23.errors = [{instancePath:instancePath+"/chat/parentChatId",schemaPath:"contract#/$defs/Chat/properties/parentChatId/type",keyword:"type",params:{type: schema41.properties.parentChatId.type},message:"must be integer,null"}];
return false;
}
var valid3 = _errs56 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data3.parentMessageId !== undefined){
let data27 = data3.parentMessageId;
const _errs58 = errors;
if((!(((typeof data27 == "number") && (!(data27 % 1) && !isNaN(data27))) && (isFinite(data27)))) && (data27 !== null)){
validate23.errors = [{instancePath:instancePath+"/chat/parentMessageId",schemaPath:"contract#/$defs/Chat/properties/parentMessageId/type",keyword:"type",params:{type: schema41.properties.parentMessageId.type},message:"must be integer,null"}];
return false;
}
var valid3 = _errs58 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data3.isNew !== undefined){
const _errs60 = errors;
if(typeof data3.isNew !== "boolean"){
validate23.errors = [{instancePath:instancePath+"/chat/isNew",schemaPath:"contract#/$defs/Chat/properties/isNew/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid3 = _errs60 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data3.textFieldEnabled !== undefined){
let data29 = data3.textFieldEnabled;
const _errs62 = errors;
if(typeof data29 !== "string"){
validate23.errors = [{instancePath:instancePath+"/chat/textFieldEnabled",schemaPath:"contract#/$defs/Chat/properties/textFieldEnabled/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((data29 === "Y") || (data29 === "N"))){
validate23.errors = [{instancePath:instancePath+"/chat/textFieldEnabled",schemaPath:"contract#/$defs/Chat/properties/textFieldEnabled/enum",keyword:"enum",params:{allowedValues: schema41.properties.textFieldEnabled.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid3 = _errs62 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data3.backgroundId !== undefined){
let data30 = data3.backgroundId;
const _errs64 = errors;
if((typeof data30 !== "string") && (data30 !== null)){
validate23.errors = [{instancePath:instancePath+"/chat/backgroundId",schemaPath:"contract#/$defs/Chat/properties/backgroundId/type",keyword:"type",params:{type: schema41.properties.backgroundId.type},message:"must be string,null"}];
return false;
}
var valid3 = _errs64 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data3.dateCreate !== undefined){
let data31 = data3.dateCreate;
const _errs66 = errors;
if((typeof data31 !== "string") && (data31 !== null)){
validate23.errors = [{instancePath:instancePath+"/chat/dateCreate",schemaPath:"contract#/$defs/Chat/properties/dateCreate/type",keyword:"type",params:{type: schema41.properties.dateCreate.type},message:"must be string,null"}];
return false;
}
if(errors === _errs66){
if(errors === _errs66){
if(typeof data31 === "string"){
if(!(formats0(data31))){
validate23.errors = [{instancePath:instancePath+"/chat/dateCreate",schemaPath:"contract#/$defs/Chat/properties/dateCreate/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
}
}
var valid3 = _errs66 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data3.lastMessageId !== undefined){
let data32 = data3.lastMessageId;
const _errs68 = errors;
if((!(((typeof data32 == "number") && (!(data32 % 1) && !isNaN(data32))) && (isFinite(data32)))) && (data32 !== null)){
validate23.errors = [{instancePath:instancePath+"/chat/lastMessageId",schemaPath:"contract#/$defs/Chat/properties/lastMessageId/type",keyword:"type",params:{type: schema41.properties.lastMessageId.type},message:"must be integer,null"}];
return false;
}
var valid3 = _errs68 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data3.lastId !== undefined){
let data33 = data3.lastId;
const _errs70 = errors;
if((!(((typeof data33 == "number") && (!(data33 % 1) && !isNaN(data33))) && (isFinite(data33)))) && (data33 !== null)){
validate23.errors = [{instancePath:instancePath+"/chat/lastId",schemaPath:"contract#/$defs/Chat/properties/lastId/type",keyword:"type",params:{type: schema41.properties.lastId.type},message:"must be integer,null"}];
return false;
}
var valid3 = _errs70 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data3.managerList !== undefined){
let data34 = data3.managerList;
const _errs72 = errors;
if(errors === _errs72){
if(Array.isArray(data34)){
var valid5 = true;
const len1 = data34.length;
for(let i1=0; i1<len1; i1++){
let data35 = data34[i1];
const _errs74 = errors;
if(!(((typeof data35 == "number") && (!(data35 % 1) && !isNaN(data35))) && (isFinite(data35)))){
validate23.errors = [{instancePath:instancePath+"/chat/managerList/" + i1,schemaPath:"contract#/$defs/Chat/properties/managerList/items/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid5 = _errs74 === errors;
if(!valid5){
break;
}
}
}
else {
validate23.errors = [{instancePath:instancePath+"/chat/managerList",schemaPath:"contract#/$defs/Chat/properties/managerList/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid3 = _errs72 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data3.messageCount !== undefined){
let data36 = data3.messageCount;
const _errs76 = errors;
if(!(((typeof data36 == "number") && (!(data36 % 1) && !isNaN(data36))) && (isFinite(data36)))){
validate23.errors = [{instancePath:instancePath+"/chat/messageCount",schemaPath:"contract#/$defs/Chat/properties/messageCount/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid3 = _errs76 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data3.userCounter !== undefined){
let data37 = data3.userCounter;
const _errs78 = errors;
if(!(((typeof data37 == "number") && (!(data37 % 1) && !isNaN(data37))) && (isFinite(data37)))){
validate23.errors = [{instancePath:instancePath+"/chat/userCounter",schemaPath:"contract#/$defs/Chat/properties/userCounter/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid3 = _errs78 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data3.unreadId !== undefined){
let data38 = data3.unreadId;
const _errs80 = errors;
if((!(((typeof data38 == "number") && (!(data38 % 1) && !isNaN(data38))) && (isFinite(data38)))) && (data38 !== null)){
validate23.errors = [{instancePath:instancePath+"/chat/unreadId",schemaPath:"contract#/$defs/Chat/properties/unreadId/type",keyword:"type",params:{type: schema41.properties.unreadId.type},message:"must be integer,null"}];
return false;
}
var valid3 = _errs80 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data3.lastMessageViews !== undefined){
const _errs82 = errors;
if(typeof data3.lastMessageViews !== "string"){
validate23.errors = [{instancePath:instancePath+"/chat/lastMessageViews",schemaPath:"contract#/$defs/Chat/properties/lastMessageViews/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs82 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data3.markedId !== undefined){
let data40 = data3.markedId;
const _errs84 = errors;
if((!(((typeof data40 == "number") && (!(data40 % 1) && !isNaN(data40))) && (isFinite(data40)))) && (data40 !== null)){
validate23.errors = [{instancePath:instancePath+"/chat/markedId",schemaPath:"contract#/$defs/Chat/properties/markedId/type",keyword:"type",params:{type: schema41.properties.markedId.type},message:"must be integer,null"}];
return false;
}
var valid3 = _errs84 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data3.public !== undefined){
let data41 = data3.public;
const _errs86 = errors;
const _errs87 = errors;
let valid6 = false;
let passing0 = null;
const _errs88 = errors;
if(!(data41 && typeof data41 == "object" && !Array.isArray(data41))){
const err0 = {instancePath:instancePath+"/chat/public",schemaPath:"contract#/$defs/Chat/properties/public/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs88 === errors;
if(_valid0){
valid6 = true;
passing0 = 0;
}
const _errs90 = errors;
if(typeof data41 !== "string"){
const err1 = {instancePath:instancePath+"/chat/public",schemaPath:"contract#/$defs/Chat/properties/public/oneOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
var _valid0 = _errs90 === errors;
if(_valid0 && valid6){
valid6 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid6 = true;
passing0 = 1;
}
}
if(!valid6){
const err2 = {instancePath:instancePath+"/chat/public",schemaPath:"contract#/$defs/Chat/properties/public/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
validate23.errors = vErrors;
return false;
}
else {
errors = _errs87;
if(vErrors !== null){
if(_errs87){
vErrors.length = _errs87;
}
else {
vErrors = null;
}
}
}
var valid3 = _errs86 === errors;
}
else {
var valid3 = true;
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
}
}
}
}
}
}
else {
validate23.errors = [{instancePath:instancePath+"/chat",schemaPath:"contract#/$defs/Chat/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.user !== undefined){
const _errs92 = errors;
if(!(validate30(data.user, {instancePath:instancePath+"/user",parentData:data,parentDataProperty:"user",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
errors = vErrors.length;
}
var valid0 = _errs92 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.language !== undefined){
const _errs93 = errors;
if(typeof data.language !== "string"){
validate23.errors = [{instancePath:instancePath+"/language",schemaPath:"contract#/$defs/ImbotV2EventLanguage/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs93 === errors;
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
if("ONIMBOTV2CONTEXTGET" !== data0){
validate22.errors = [{instancePath:instancePath+"/event",schemaPath:"#/properties/event/const",keyword:"const",params:{allowedValue: "ONIMBOTV2CONTEXTGET"},message:"must be equal to constant"}];
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

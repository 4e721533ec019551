// This file is generated from schema/openapi.yaml by scripts/generate.ts. Do not edit.
// Ajv standalone code (JSON Schema 2020-12) for imbot.v2.Event.get. Inputs 24013e814f9472a9, code 7edf5c51eee49475.
// @ts-nocheck
/* eslint-disable */
import { formats, ucs2length } from '../../runtime/formats.js';
"use strict";
export const params = validate90;
const schema87 = {"$id":"params","$ref":"contract#/$defs/ImbotV2EventGetParams"};
const schema88 = {"type":"object","required":["botId"],"properties":{"botId":{"$ref":"contract#/$defs/BotId"},"botToken":{"$ref":"contract#/$defs/BotToken"},"offset":{"type":"integer","minimum":0},"limit":{"type":"integer","minimum":1,"maximum":1000,"default":100},"withUserEvents":{"type":"boolean","default":false}}};
const schema42 = {"type":"integer","minimum":1};
const schema90 = {"type":"string","minLength":1,"maxLength":40};
const func1 = ucs2length;

function validate91(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate91.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.limit === undefined){
data.limit = 100;
}
if(data.withUserEvents === undefined){
data.withUserEvents = false;
}
let missing0;
if((data.botId === undefined) && (missing0 = "botId")){
validate91.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.botId !== undefined){
let data0 = data.botId;
const _errs1 = errors;
const _errs2 = errors;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
validate91.errors = [{instancePath:instancePath+"/botId",schemaPath:"contract#/$defs/BotId/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs2){
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 < 1 || isNaN(data0)){
validate91.errors = [{instancePath:instancePath+"/botId",schemaPath:"contract#/$defs/BotId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
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
if(data.botToken !== undefined){
let data1 = data.botToken;
const _errs4 = errors;
const _errs5 = errors;
if(errors === _errs5){
if(typeof data1 === "string"){
if(func1(data1) > 40){
validate91.errors = [{instancePath:instancePath+"/botToken",schemaPath:"contract#/$defs/BotToken/maxLength",keyword:"maxLength",params:{limit: 40},message:"must NOT have more than 40 characters"}];
return false;
}
else {
if(func1(data1) < 1){
validate91.errors = [{instancePath:instancePath+"/botToken",schemaPath:"contract#/$defs/BotToken/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate91.errors = [{instancePath:instancePath+"/botToken",schemaPath:"contract#/$defs/BotToken/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.offset !== undefined){
let data2 = data.offset;
const _errs7 = errors;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
validate91.errors = [{instancePath:instancePath+"/offset",schemaPath:"#/properties/offset/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs7){
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 0 || isNaN(data2)){
validate91.errors = [{instancePath:instancePath+"/offset",schemaPath:"#/properties/offset/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
let data3 = data.limit;
const _errs9 = errors;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
validate91.errors = [{instancePath:instancePath+"/limit",schemaPath:"#/properties/limit/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs9){
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 > 1000 || isNaN(data3)){
validate91.errors = [{instancePath:instancePath+"/limit",schemaPath:"#/properties/limit/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000},message:"must be <= 1000"}];
return false;
}
else {
if(data3 < 1 || isNaN(data3)){
validate91.errors = [{instancePath:instancePath+"/limit",schemaPath:"#/properties/limit/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
}
var valid0 = _errs9 === errors;
if(valid0){
const _errs11 = errors;
if(typeof data.withUserEvents !== "boolean"){
validate91.errors = [{instancePath:instancePath+"/withUserEvents",schemaPath:"#/properties/withUserEvents/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs11 === errors;
}
}
}
}
}
}
else {
validate91.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate91.errors = vErrors;
return errors === 0;
}
validate91.evaluated = {"props":{"botId":true,"botToken":true,"offset":true,"limit":true,"withUserEvents":true},"dynamicProps":false,"dynamicItems":false};


function validate90(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="params" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate90.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate91(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate91.errors : vErrors.concat(validate91.errors);
errors = vErrors.length;
}
validate90.errors = vErrors;
return errors === 0;
}
validate90.evaluated = {"props":{"botId":true,"botToken":true,"offset":true,"limit":true,"withUserEvents":true},"dynamicProps":false,"dynamicItems":false};

export const success = validate20;
const schema31 = {"$id":"success","$ref":"contract#/$defs/ImbotV2EventGetSuccess"};
const schema33 = {"type":"object","required":["result","time"],"properties":{"result":{"$ref":"contract#/$defs/ImbotV2EventGetResult"},"time":{"$ref":"contract#/$defs/ResponseTime"}}};
const schema86 = {"type":"object","required":["start","finish","duration","processing","date_start","date_finish"],"properties":{"start":{"type":"number"},"finish":{"type":"number"},"duration":{"type":"number"},"processing":{"type":"number"},"date_start":{"type":"string","format":"date-time"},"date_finish":{"type":"string","format":"date-time"},"operating":{"type":"number"},"operating_reset_at":{"type":"integer"}}};
const schema34 = {"type":"object","required":["events","nextOffset","hasMore"],"properties":{"events":{"type":"array","maxItems":1000,"items":{"$ref":"contract#/$defs/ImbotV2Event"}},"nextOffset":{"type":"integer","minimum":0},"hasMore":{"type":"boolean"}}};
const schema35 = {"oneOf":[{"$ref":"contract#/$defs/ImbotV2EventMessageAdd"},{"$ref":"contract#/$defs/ImbotV2EventMessageUpdate"},{"$ref":"contract#/$defs/ImbotV2EventMessageDelete"},{"$ref":"contract#/$defs/ImbotV2EventJoinChat"},{"$ref":"contract#/$defs/ImbotV2EventCommandAdd"},{"$ref":"contract#/$defs/ImbotV2EventReactionChange"},{"$ref":"contract#/$defs/ImbotV2EventContextGet"},{"$ref":"contract#/$defs/ImbotV2EventDelete"}]};
const schema36 = {"type":"object","required":["eventId","type","date","data"],"properties":{"eventId":{"type":"integer","minimum":1},"type":{"type":"string","const":"ONIMBOTV2MESSAGEADD"},"date":{"type":"string","format":"date-time"},"data":{"$ref":"contract#/$defs/ImbotV2EventMessageAddData"}}};
const formats0 = formats["date-time"];
const schema37 = {"type":"object","required":["bot","message","chat","user","language"],"additionalProperties":true,"properties":{"bot":{"$ref":"contract#/$defs/ImbotV2EventBot"},"message":{"$ref":"contract#/$defs/Message"},"chat":{"$ref":"contract#/$defs/Chat"},"user":{"$ref":"contract#/$defs/User"},"language":{"$ref":"contract#/$defs/ImbotV2EventLanguage"}}};
const schema45 = {"type":"object","required":["id","dialogId"],"properties":{"id":{"type":"integer","minimum":1},"dialogId":{"type":"string"},"name":{"type":"string"},"type":{"type":"string"},"messageType":{"type":"string"},"owner":{"type":"integer"},"color":{"type":["string","null"]},"avatar":{"type":"string"},"description":{"type":"string"},"extranet":{"type":"boolean"},"role":{"type":"string","enum":["owner","manager","member","guest","none"]},"containsCollaber":{"type":"boolean"},"muteList":{"type":"array","items":{"type":"integer"}},"entityType":{"type":"string"},"entityId":{"type":"string"},"entityData1":{"type":"string"},"entityData2":{"type":"string"},"entityData3":{"type":"string"},"entityLink":{"type":"object"},"diskFolderId":{"type":["integer","null"]},"permissions":{"type":"object"},"parentChatId":{"type":["integer","null"]},"parentMessageId":{"type":["integer","null"]},"isNew":{"type":"boolean"},"textFieldEnabled":{"type":"string","enum":["Y","N"]},"backgroundId":{"type":["string","null"]},"dateCreate":{"type":["string","null"],"format":"date-time"},"lastMessageId":{"type":["integer","null"]},"lastId":{"type":["integer","null"]},"managerList":{"type":"array","items":{"type":"integer"}},"messageCount":{"type":"integer"},"userCounter":{"type":"integer"},"unreadId":{"type":["integer","null"]},"lastMessageViews":{"type":"string"},"markedId":{"type":["integer","null"]},"public":{"oneOf":[{"type":"object"},{"type":"string"}]}}};
const schema52 = {"type":"string"};
const schema38 = {"anyOf":[{"$ref":"contract#/$defs/Bot"},{"$ref":"contract#/$defs/ImbotV2EventWebhookBot"}]};
const schema39 = {"type":"object","required":["id","code"],"properties":{"id":{"type":"integer","minimum":1},"code":{"type":"string"},"type":{"type":"string","enum":["bot","supervisor","personal","openline","network"]},"isHidden":{"type":"boolean"},"isSupportOpenline":{"type":"boolean"},"isReactionsEnabled":{"type":"boolean"},"backgroundId":{"type":["string","null"]},"language":{"type":"string"},"moduleId":{"type":"string"},"eventMode":{"$ref":"contract#/$defs/EventMode","default":"fetch"},"countMessage":{"type":"integer","minimum":0},"countCommand":{"type":"integer","minimum":0},"countChat":{"type":"integer","minimum":0},"countUser":{"type":"integer","minimum":0}}};
const schema40 = {"type":"string","enum":["fetch","webhook"],"default":"fetch"};

function validate28(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate28.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.eventMode === undefined){
data.eventMode = "fetch";
}
let missing0;
if(((data.id === undefined) && (missing0 = "id")) || ((data.code === undefined) && (missing0 = "code"))){
validate28.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.id !== undefined){
let data0 = data.id;
const _errs1 = errors;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
validate28.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs1){
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 < 1 || isNaN(data0)){
validate28.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
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
validate28.errors = [{instancePath:instancePath+"/code",schemaPath:"#/properties/code/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate28.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((((data2 === "bot") || (data2 === "supervisor")) || (data2 === "personal")) || (data2 === "openline")) || (data2 === "network"))){
validate28.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema39.properties.type.enum},message:"must be equal to one of the allowed values"}];
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
validate28.errors = [{instancePath:instancePath+"/isHidden",schemaPath:"#/properties/isHidden/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
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
validate28.errors = [{instancePath:instancePath+"/isSupportOpenline",schemaPath:"#/properties/isSupportOpenline/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
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
validate28.errors = [{instancePath:instancePath+"/isReactionsEnabled",schemaPath:"#/properties/isReactionsEnabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
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
validate28.errors = [{instancePath:instancePath+"/backgroundId",schemaPath:"#/properties/backgroundId/type",keyword:"type",params:{type: schema39.properties.backgroundId.type},message:"must be string,null"}];
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
validate28.errors = [{instancePath:instancePath+"/language",schemaPath:"#/properties/language/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate28.errors = [{instancePath:instancePath+"/moduleId",schemaPath:"#/properties/moduleId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs17 === errors;
}
else {
var valid0 = true;
}
if(valid0){
let data9 = data.eventMode;
const _errs19 = errors;
if(typeof data9 !== "string"){
validate28.errors = [{instancePath:instancePath+"/eventMode",schemaPath:"contract#/$defs/EventMode/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((data9 === "fetch") || (data9 === "webhook"))){
validate28.errors = [{instancePath:instancePath+"/eventMode",schemaPath:"contract#/$defs/EventMode/enum",keyword:"enum",params:{allowedValues: schema40.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs19 === errors;
if(valid0){
if(data.countMessage !== undefined){
let data10 = data.countMessage;
const _errs22 = errors;
if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){
validate28.errors = [{instancePath:instancePath+"/countMessage",schemaPath:"#/properties/countMessage/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs22){
if((typeof data10 == "number") && (isFinite(data10))){
if(data10 < 0 || isNaN(data10)){
validate28.errors = [{instancePath:instancePath+"/countMessage",schemaPath:"#/properties/countMessage/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
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
validate28.errors = [{instancePath:instancePath+"/countCommand",schemaPath:"#/properties/countCommand/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs24){
if((typeof data11 == "number") && (isFinite(data11))){
if(data11 < 0 || isNaN(data11)){
validate28.errors = [{instancePath:instancePath+"/countCommand",schemaPath:"#/properties/countCommand/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
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
validate28.errors = [{instancePath:instancePath+"/countChat",schemaPath:"#/properties/countChat/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs26){
if((typeof data12 == "number") && (isFinite(data12))){
if(data12 < 0 || isNaN(data12)){
validate28.errors = [{instancePath:instancePath+"/countChat",schemaPath:"#/properties/countChat/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
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
validate28.errors = [{instancePath:instancePath+"/countUser",schemaPath:"#/properties/countUser/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs28){
if((typeof data13 == "number") && (isFinite(data13))){
if(data13 < 0 || isNaN(data13)){
validate28.errors = [{instancePath:instancePath+"/countUser",schemaPath:"#/properties/countUser/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
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
validate28.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate28.errors = vErrors;
return errors === 0;
}
validate28.evaluated = {"props":{"id":true,"code":true,"type":true,"isHidden":true,"isSupportOpenline":true,"isReactionsEnabled":true,"backgroundId":true,"language":true,"moduleId":true,"eventMode":true,"countMessage":true,"countCommand":true,"countChat":true,"countUser":true},"dynamicProps":false,"dynamicItems":false};

const schema41 = {"type":"object","required":["id","code"],"additionalProperties":true,"properties":{"id":{"$ref":"contract#/$defs/BotId"},"code":{"type":"string"},"auth":{"type":"object","additionalProperties":true}}};

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
if(((data.id === undefined) && (missing0 = "id")) || ((data.code === undefined) && (missing0 = "code"))){
validate30.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.id !== undefined){
let data0 = data.id;
const _errs2 = errors;
const _errs3 = errors;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
validate30.errors = [{instancePath:instancePath+"/id",schemaPath:"contract#/$defs/BotId/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs3){
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 < 1 || isNaN(data0)){
validate30.errors = [{instancePath:instancePath+"/id",schemaPath:"contract#/$defs/BotId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
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
validate30.errors = [{instancePath:instancePath+"/code",schemaPath:"#/properties/code/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate30.errors = [{instancePath:instancePath+"/auth",schemaPath:"#/properties/auth/type",keyword:"type",params:{type: "object"},message:"must be object"}];
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
validate30.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate30.errors = vErrors;
return errors === 0;
}
validate30.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


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
const _errs0 = errors;
let valid0 = false;
const _errs1 = errors;
if(!(validate28(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
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
if(!(validate30(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
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
validate27.errors = vErrors;
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
validate27.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate27.evaluated = {"dynamicProps":true,"dynamicItems":false};

const schema43 = {"type":"object","required":["id","chatId"],"properties":{"id":{"type":"integer","minimum":1},"chatId":{"type":"integer","minimum":1},"authorId":{"type":"integer","minimum":0},"date":{"type":["string","null"],"format":"date-time"},"text":{"type":"string","maxLength":20000},"isSystem":{"type":"boolean"},"uuid":{"type":"string"},"forward":{"oneOf":[{"$ref":"contract#/$defs/MessageForward"},{"type":"null"}]},"params":{"type":"object"},"viewedByOthers":{"type":"boolean"},"unread":{"type":"boolean"},"viewed":{"type":"boolean"}}};
const schema44 = {"type":"object","properties":{"id":{"type":"integer"},"userId":{"type":"integer"},"chatId":{"type":"integer"},"date":{"type":["string","null"]}}};

function validate33(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate33.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.id === undefined) && (missing0 = "id")) || ((data.chatId === undefined) && (missing0 = "chatId"))){
validate33.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.id !== undefined){
let data0 = data.id;
const _errs1 = errors;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
validate33.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs1){
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 < 1 || isNaN(data0)){
validate33.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
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
if(data.chatId !== undefined){
let data1 = data.chatId;
const _errs3 = errors;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
validate33.errors = [{instancePath:instancePath+"/chatId",schemaPath:"#/properties/chatId/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs3){
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 < 1 || isNaN(data1)){
validate33.errors = [{instancePath:instancePath+"/chatId",schemaPath:"#/properties/chatId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.authorId !== undefined){
let data2 = data.authorId;
const _errs5 = errors;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
validate33.errors = [{instancePath:instancePath+"/authorId",schemaPath:"#/properties/authorId/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs5){
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 0 || isNaN(data2)){
validate33.errors = [{instancePath:instancePath+"/authorId",schemaPath:"#/properties/authorId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.date !== undefined){
let data3 = data.date;
const _errs7 = errors;
if((typeof data3 !== "string") && (data3 !== null)){
validate33.errors = [{instancePath:instancePath+"/date",schemaPath:"#/properties/date/type",keyword:"type",params:{type: schema43.properties.date.type},message:"must be string,null"}];
return false;
}
if(errors === _errs7){
if(errors === _errs7){
if(typeof data3 === "string"){
if(!(formats0(data3))){
validate33.errors = [{instancePath:instancePath+"/date",schemaPath:"#/properties/date/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
}
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.text !== undefined){
let data4 = data.text;
const _errs9 = errors;
if(errors === _errs9){
if(typeof data4 === "string"){
if(func1(data4) > 20000){
validate33.errors = [{instancePath:instancePath+"/text",schemaPath:"#/properties/text/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters"}];
return false;
}
}
else {
validate33.errors = [{instancePath:instancePath+"/text",schemaPath:"#/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.isSystem !== undefined){
const _errs11 = errors;
if(typeof data.isSystem !== "boolean"){
validate33.errors = [{instancePath:instancePath+"/isSystem",schemaPath:"#/properties/isSystem/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.uuid !== undefined){
const _errs13 = errors;
if(typeof data.uuid !== "string"){
validate33.errors = [{instancePath:instancePath+"/uuid",schemaPath:"#/properties/uuid/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs13 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.forward !== undefined){
let data7 = data.forward;
const _errs15 = errors;
const _errs16 = errors;
let valid1 = false;
let passing0 = null;
const _errs17 = errors;
const _errs18 = errors;
if(errors === _errs18){
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(data7.id !== undefined){
let data8 = data7.id;
const _errs20 = errors;
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
const err0 = {instancePath:instancePath+"/forward/id",schemaPath:"contract#/$defs/MessageForward/properties/id/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var valid3 = _errs20 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data7.userId !== undefined){
let data9 = data7.userId;
const _errs22 = errors;
if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
const err1 = {instancePath:instancePath+"/forward/userId",schemaPath:"contract#/$defs/MessageForward/properties/userId/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
var valid3 = _errs22 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data7.chatId !== undefined){
let data10 = data7.chatId;
const _errs24 = errors;
if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){
const err2 = {instancePath:instancePath+"/forward/chatId",schemaPath:"contract#/$defs/MessageForward/properties/chatId/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
var valid3 = _errs24 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data7.date !== undefined){
let data11 = data7.date;
const _errs26 = errors;
if((typeof data11 !== "string") && (data11 !== null)){
const err3 = {instancePath:instancePath+"/forward/date",schemaPath:"contract#/$defs/MessageForward/properties/date/type",keyword:"type",params:{type: schema44.properties.date.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
var valid3 = _errs26 === errors;
}
else {
var valid3 = true;
}
}
}
}
}
else {
const err4 = {instancePath:instancePath+"/forward",schemaPath:"contract#/$defs/MessageForward/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
var _valid0 = _errs17 === errors;
if(_valid0){
valid1 = true;
passing0 = 0;
var props0 = {};
props0.id = true;
props0.userId = true;
props0.chatId = true;
props0.date = true;
}
const _errs28 = errors;
if(data7 !== null){
const err5 = {instancePath:instancePath+"/forward",schemaPath:"#/properties/forward/oneOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
var _valid0 = _errs28 === errors;
if(_valid0 && valid1){
valid1 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid1 = true;
passing0 = 1;
}
}
if(!valid1){
const err6 = {instancePath:instancePath+"/forward",schemaPath:"#/properties/forward/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
validate33.errors = vErrors;
return false;
}
else {
errors = _errs16;
if(vErrors !== null){
if(_errs16){
vErrors.length = _errs16;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs15 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.params !== undefined){
let data12 = data.params;
const _errs30 = errors;
if(!(data12 && typeof data12 == "object" && !Array.isArray(data12))){
validate33.errors = [{instancePath:instancePath+"/params",schemaPath:"#/properties/params/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
var valid0 = _errs30 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.viewedByOthers !== undefined){
const _errs32 = errors;
if(typeof data.viewedByOthers !== "boolean"){
validate33.errors = [{instancePath:instancePath+"/viewedByOthers",schemaPath:"#/properties/viewedByOthers/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs32 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.unread !== undefined){
const _errs34 = errors;
if(typeof data.unread !== "boolean"){
validate33.errors = [{instancePath:instancePath+"/unread",schemaPath:"#/properties/unread/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs34 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.viewed !== undefined){
const _errs36 = errors;
if(typeof data.viewed !== "boolean"){
validate33.errors = [{instancePath:instancePath+"/viewed",schemaPath:"#/properties/viewed/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs36 === errors;
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
else {
validate33.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate33.errors = vErrors;
return errors === 0;
}
validate33.evaluated = {"props":{"id":true,"chatId":true,"authorId":true,"date":true,"text":true,"isSystem":true,"uuid":true,"forward":true,"params":true,"viewedByOthers":true,"unread":true,"viewed":true},"dynamicProps":false,"dynamicItems":false};

const schema46 = {"type":"object","required":["id"],"properties":{"id":{"type":"integer","minimum":1},"active":{"type":"boolean"},"name":{"type":"string"},"firstName":{"type":"string"},"lastName":{"type":"string"},"workPosition":{"type":"string"},"color":{"type":"string"},"avatar":{"type":"string"},"gender":{"type":"string"},"birthday":{"type":"string"},"extranet":{"type":"boolean"},"bot":{"type":"boolean"},"connector":{"type":"boolean"},"externalAuthId":{"type":"string"},"status":{"type":"string"},"idle":{"$ref":"contract#/$defs/DateTimeOrFalse"},"lastActivityDate":{"$ref":"contract#/$defs/DateTimeOrFalse"},"mobileLastDate":{"$ref":"contract#/$defs/DateTimeOrFalse"},"desktopLastDate":{"$ref":"contract#/$defs/DateTimeOrFalse"},"absent":{"$ref":"contract#/$defs/DateTimeOrFalse"},"departments":{"type":"array","items":{"type":"integer"}},"phones":{"oneOf":[{"type":"object"},{"type":"array"},{"const":false}]},"type":{"type":"string"},"website":{"type":"string"},"email":{"type":"string"}}};
const schema47 = {"oneOf":[{"type":"string","format":"date-time"},{"const":false}]};

function validate35(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate35.evaluated;
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
validate35.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.id !== undefined){
let data0 = data.id;
const _errs1 = errors;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
validate35.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs1){
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 < 1 || isNaN(data0)){
validate35.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
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
validate35.errors = [{instancePath:instancePath+"/active",schemaPath:"#/properties/active/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
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
validate35.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate35.errors = [{instancePath:instancePath+"/firstName",schemaPath:"#/properties/firstName/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate35.errors = [{instancePath:instancePath+"/lastName",schemaPath:"#/properties/lastName/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate35.errors = [{instancePath:instancePath+"/workPosition",schemaPath:"#/properties/workPosition/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate35.errors = [{instancePath:instancePath+"/color",schemaPath:"#/properties/color/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate35.errors = [{instancePath:instancePath+"/avatar",schemaPath:"#/properties/avatar/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate35.errors = [{instancePath:instancePath+"/gender",schemaPath:"#/properties/gender/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate35.errors = [{instancePath:instancePath+"/birthday",schemaPath:"#/properties/birthday/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate35.errors = [{instancePath:instancePath+"/extranet",schemaPath:"#/properties/extranet/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
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
validate35.errors = [{instancePath:instancePath+"/bot",schemaPath:"#/properties/bot/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
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
validate35.errors = [{instancePath:instancePath+"/connector",schemaPath:"#/properties/connector/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
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
validate35.errors = [{instancePath:instancePath+"/externalAuthId",schemaPath:"#/properties/externalAuthId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate35.errors = [{instancePath:instancePath+"/status",schemaPath:"#/properties/status/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate35.errors = vErrors;
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
validate35.errors = vErrors;
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
validate35.errors = vErrors;
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
validate35.errors = vErrors;
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
validate35.errors = vErrors;
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
validate35.errors = [{instancePath:instancePath+"/departments/" + i0,schemaPath:"#/properties/departments/items/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid11 = _errs63 === errors;
if(!valid11){
break;
}
}
}
else {
validate35.errors = [{instancePath:instancePath+"/departments",schemaPath:"#/properties/departments/type",keyword:"type",params:{type: "array"},message:"must be array"}];
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
validate35.errors = vErrors;
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
validate35.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate35.errors = [{instancePath:instancePath+"/website",schemaPath:"#/properties/website/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate35.errors = [{instancePath:instancePath+"/email",schemaPath:"#/properties/email/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate35.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate35.errors = vErrors;
return errors === 0;
}
validate35.evaluated = {"props":{"id":true,"active":true,"name":true,"firstName":true,"lastName":true,"workPosition":true,"color":true,"avatar":true,"gender":true,"birthday":true,"extranet":true,"bot":true,"connector":true,"externalAuthId":true,"status":true,"idle":true,"lastActivityDate":true,"mobileLastDate":true,"desktopLastDate":true,"absent":true,"departments":true,"phones":true,"type":true,"website":true,"email":true},"dynamicProps":false,"dynamicItems":false};


function validate26(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate26.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((((data.bot === undefined) && (missing0 = "bot")) || ((data.message === undefined) && (missing0 = "message"))) || ((data.chat === undefined) && (missing0 = "chat"))) || ((data.user === undefined) && (missing0 = "user"))) || ((data.language === undefined) && (missing0 = "language"))){
validate26.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.bot !== undefined){
const _errs2 = errors;
if(!(validate27(data.bot, {instancePath:instancePath+"/bot",parentData:data,parentDataProperty:"bot",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
errors = vErrors.length;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.message !== undefined){
const _errs3 = errors;
if(!(validate33(data.message, {instancePath:instancePath+"/message",parentData:data,parentDataProperty:"message",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
errors = vErrors.length;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.chat !== undefined){
let data2 = data.chat;
const _errs4 = errors;
const _errs5 = errors;
if(errors === _errs5){
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
let missing1;
if(((data2.id === undefined) && (missing1 = "id")) || ((data2.dialogId === undefined) && (missing1 = "dialogId"))){
validate26.errors = [{instancePath:instancePath+"/chat",schemaPath:"contract#/$defs/Chat/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data2.id !== undefined){
let data3 = data2.id;
const _errs7 = errors;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
validate26.errors = [{instancePath:instancePath+"/chat/id",schemaPath:"contract#/$defs/Chat/properties/id/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs7){
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 1 || isNaN(data3)){
validate26.errors = [{instancePath:instancePath+"/chat/id",schemaPath:"contract#/$defs/Chat/properties/id/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
var valid2 = _errs7 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.dialogId !== undefined){
const _errs9 = errors;
if(typeof data2.dialogId !== "string"){
validate26.errors = [{instancePath:instancePath+"/chat/dialogId",schemaPath:"contract#/$defs/Chat/properties/dialogId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs9 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.name !== undefined){
const _errs11 = errors;
if(typeof data2.name !== "string"){
validate26.errors = [{instancePath:instancePath+"/chat/name",schemaPath:"contract#/$defs/Chat/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs11 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.type !== undefined){
const _errs13 = errors;
if(typeof data2.type !== "string"){
validate26.errors = [{instancePath:instancePath+"/chat/type",schemaPath:"contract#/$defs/Chat/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs13 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.messageType !== undefined){
const _errs15 = errors;
if(typeof data2.messageType !== "string"){
validate26.errors = [{instancePath:instancePath+"/chat/messageType",schemaPath:"contract#/$defs/Chat/properties/messageType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs15 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.owner !== undefined){
let data8 = data2.owner;
const _errs17 = errors;
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
validate26.errors = [{instancePath:instancePath+"/chat/owner",schemaPath:"contract#/$defs/Chat/properties/owner/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid2 = _errs17 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.color !== undefined){
let data9 = data2.color;
const _errs19 = errors;
if((typeof data9 !== "string") && (data9 !== null)){
validate26.errors = [{instancePath:instancePath+"/chat/color",schemaPath:"contract#/$defs/Chat/properties/color/type",keyword:"type",params:{type: schema45.properties.color.type},message:"must be string,null"}];
return false;
}
var valid2 = _errs19 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.avatar !== undefined){
const _errs21 = errors;
if(typeof data2.avatar !== "string"){
validate26.errors = [{instancePath:instancePath+"/chat/avatar",schemaPath:"contract#/$defs/Chat/properties/avatar/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs21 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.description !== undefined){
const _errs23 = errors;
if(typeof data2.description !== "string"){
validate26.errors = [{instancePath:instancePath+"/chat/description",schemaPath:"contract#/$defs/Chat/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs23 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.extranet !== undefined){
const _errs25 = errors;
if(typeof data2.extranet !== "boolean"){
validate26.errors = [{instancePath:instancePath+"/chat/extranet",schemaPath:"contract#/$defs/Chat/properties/extranet/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid2 = _errs25 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.role !== undefined){
let data13 = data2.role;
const _errs27 = errors;
if(typeof data13 !== "string"){
validate26.errors = [{instancePath:instancePath+"/chat/role",schemaPath:"contract#/$defs/Chat/properties/role/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((((data13 === "owner") || (data13 === "manager")) || (data13 === "member")) || (data13 === "guest")) || (data13 === "none"))){
validate26.errors = [{instancePath:instancePath+"/chat/role",schemaPath:"contract#/$defs/Chat/properties/role/enum",keyword:"enum",params:{allowedValues: schema45.properties.role.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid2 = _errs27 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.containsCollaber !== undefined){
const _errs29 = errors;
if(typeof data2.containsCollaber !== "boolean"){
validate26.errors = [{instancePath:instancePath+"/chat/containsCollaber",schemaPath:"contract#/$defs/Chat/properties/containsCollaber/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid2 = _errs29 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.muteList !== undefined){
let data15 = data2.muteList;
const _errs31 = errors;
if(errors === _errs31){
if(Array.isArray(data15)){
var valid3 = true;
const len0 = data15.length;
for(let i0=0; i0<len0; i0++){
let data16 = data15[i0];
const _errs33 = errors;
if(!(((typeof data16 == "number") && (!(data16 % 1) && !isNaN(data16))) && (isFinite(data16)))){
validate26.errors = [{instancePath:instancePath+"/chat/muteList/" + i0,schemaPath:"contract#/$defs/Chat/properties/muteList/items/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid3 = _errs33 === errors;
if(!valid3){
break;
}
}
}
else {
validate26.errors = [{instancePath:instancePath+"/chat/muteList",schemaPath:"contract#/$defs/Chat/properties/muteList/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid2 = _errs31 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.entityType !== undefined){
const _errs35 = errors;
if(typeof data2.entityType !== "string"){
validate26.errors = [{instancePath:instancePath+"/chat/entityType",schemaPath:"contract#/$defs/Chat/properties/entityType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs35 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.entityId !== undefined){
const _errs37 = errors;
if(typeof data2.entityId !== "string"){
validate26.errors = [{instancePath:instancePath+"/chat/entityId",schemaPath:"contract#/$defs/Chat/properties/entityId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs37 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.entityData1 !== undefined){
const _errs39 = errors;
if(typeof data2.entityData1 !== "string"){
validate26.errors = [{instancePath:instancePath+"/chat/entityData1",schemaPath:"contract#/$defs/Chat/properties/entityData1/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs39 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.entityData2 !== undefined){
const _errs41 = errors;
if(typeof data2.entityData2 !== "string"){
validate26.errors = [{instancePath:instancePath+"/chat/entityData2",schemaPath:"contract#/$defs/Chat/properties/entityData2/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs41 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.entityData3 !== undefined){
const _errs43 = errors;
if(typeof data2.entityData3 !== "string"){
validate26.errors = [{instancePath:instancePath+"/chat/entityData3",schemaPath:"contract#/$defs/Chat/properties/entityData3/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs43 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.entityLink !== undefined){
let data22 = data2.entityLink;
const _errs45 = errors;
if(!(data22 && typeof data22 == "object" && !Array.isArray(data22))){
validate26.errors = [{instancePath:instancePath+"/chat/entityLink",schemaPath:"contract#/$defs/Chat/properties/entityLink/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
var valid2 = _errs45 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.diskFolderId !== undefined){
let data23 = data2.diskFolderId;
const _errs47 = errors;
if((!(((typeof data23 == "number") && (!(data23 % 1) && !isNaN(data23))) && (isFinite(data23)))) && (data23 !== null)){
validate26.errors = [{instancePath:instancePath+"/chat/diskFolderId",schemaPath:"contract#/$defs/Chat/properties/diskFolderId/type",keyword:"type",params:{type: schema45.properties.diskFolderId.type},message:"must be integer,null"}];
return false;
}
var valid2 = _errs47 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.permissions !== undefined){
let data24 = data2.permissions;
const _errs49 = errors;
if(!(data24 && typeof data24 == "object" && !Array.isArray(data24))){
validate26.errors = [{instancePath:instancePath+"/chat/permissions",schemaPath:"contract#/$defs/Chat/properties/permissions/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
var valid2 = _errs49 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.parentChatId !== undefined){
let data25 = data2.parentChatId;
const _errs51 = errors;
if((!(((typeof data25 == "number") && (!(data25 % 1) && !isNaN(data25))) && (isFinite(data25)))) && (data25 !== null)){
validate26.errors = [{instancePath:instancePath+"/chat/parentChatId",schemaPath:"contract#/$defs/Chat/properties/parentChatId/type",keyword:"type",params:{type: schema45.properties.parentChatId.type},message:"must be integer,null"}];
return false;
}
var valid2 = _errs51 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.parentMessageId !== undefined){
let data26 = data2.parentMessageId;
const _errs53 = errors;
if((!(((typeof data26 == "number") && (!(data26 % 1) && !isNaN(data26))) && (isFinite(data26)))) && (data26 !== null)){
validate26.errors = [{instancePath:instancePath+"/chat/parentMessageId",schemaPath:"contract#/$defs/Chat/properties/parentMessageId/type",keyword:"type",params:{type: schema45.properties.parentMessageId.type},message:"must be integer,null"}];
return false;
}
var valid2 = _errs53 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.isNew !== undefined){
const _errs55 = errors;
if(typeof data2.isNew !== "boolean"){
validate26.errors = [{instancePath:instancePath+"/chat/isNew",schemaPath:"contract#/$defs/Chat/properties/isNew/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid2 = _errs55 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.textFieldEnabled !== undefined){
let data28 = data2.textFieldEnabled;
const _errs57 = errors;
if(typeof data28 !== "string"){
validate26.errors = [{instancePath:instancePath+"/chat/textFieldEnabled",schemaPath:"contract#/$defs/Chat/properties/textFieldEnabled/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((data28 === "Y") || (data28 === "N"))){
validate26.errors = [{instancePath:instancePath+"/chat/textFieldEnabled",schemaPath:"contract#/$defs/Chat/properties/textFieldEnabled/enum",keyword:"enum",params:{allowedValues: schema45.properties.textFieldEnabled.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid2 = _errs57 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.backgroundId !== undefined){
let data29 = data2.backgroundId;
const _errs59 = errors;
if((typeof data29 !== "string") && (data29 !== null)){
validate26.errors = [{instancePath:instancePath+"/chat/backgroundId",schemaPath:"contract#/$defs/Chat/properties/backgroundId/type",keyword:"type",params:{type: schema45.properties.backgroundId.type},message:"must be string,null"}];
return false;
}
var valid2 = _errs59 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.dateCreate !== undefined){
let data30 = data2.dateCreate;
const _errs61 = errors;
if((typeof data30 !== "string") && (data30 !== null)){
validate26.errors = [{instancePath:instancePath+"/chat/dateCreate",schemaPath:"contract#/$defs/Chat/properties/dateCreate/type",keyword:"type",params:{type: schema45.properties.dateCreate.type},message:"must be string,null"}];
return false;
}
if(errors === _errs61){
if(errors === _errs61){
if(typeof data30 === "string"){
if(!(formats0(data30))){
validate26.errors = [{instancePath:instancePath+"/chat/dateCreate",schemaPath:"contract#/$defs/Chat/properties/dateCreate/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
}
}
var valid2 = _errs61 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.lastMessageId !== undefined){
let data31 = data2.lastMessageId;
const _errs63 = errors;
if((!(((typeof data31 == "number") && (!(data31 % 1) && !isNaN(data31))) && (isFinite(data31)))) && (data31 !== null)){
validate26.errors = [{instancePath:instancePath+"/chat/lastMessageId",schemaPath:"contract#/$defs/Chat/properties/lastMessageId/type",keyword:"type",params:{type: schema45.properties.lastMessageId.type},message:"must be integer,null"}];
return false;
}
var valid2 = _errs63 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.lastId !== undefined){
let data32 = data2.lastId;
const _errs65 = errors;
if((!(((typeof data32 == "number") && (!(data32 % 1) && !isNaN(data32))) && (isFinite(data32)))) && (data32 !== null)){
validate26.errors = [{instancePath:instancePath+"/chat/lastId",schemaPath:"contract#/$defs/Chat/properties/lastId/type",keyword:"type",params:{type: schema45.properties.lastId.type},message:"must be integer,null"}];
return false;
}
var valid2 = _errs65 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.managerList !== undefined){
let data33 = data2.managerList;
const _errs67 = errors;
if(errors === _errs67){
if(Array.isArray(data33)){
var valid4 = true;
const len1 = data33.length;
for(let i1=0; i1<len1; i1++){
let data34 = data33[i1];
const _errs69 = errors;
if(!(((typeof data34 == "number") && (!(data34 % 1) && !isNaN(data34))) && (isFinite(data34)))){
validate26.errors = [{instancePath:instancePath+"/chat/managerList/" + i1,schemaPath:"contract#/$defs/Chat/properties/managerList/items/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid4 = _errs69 === errors;
if(!valid4){
break;
}
}
}
else {
validate26.errors = [{instancePath:instancePath+"/chat/managerList",schemaPath:"contract#/$defs/Chat/properties/managerList/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid2 = _errs67 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.messageCount !== undefined){
let data35 = data2.messageCount;
const _errs71 = errors;
if(!(((typeof data35 == "number") && (!(data35 % 1) && !isNaN(data35))) && (isFinite(data35)))){
validate26.errors = [{instancePath:instancePath+"/chat/messageCount",schemaPath:"contract#/$defs/Chat/properties/messageCount/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid2 = _errs71 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.userCounter !== undefined){
let data36 = data2.userCounter;
const _errs73 = errors;
if(!(((typeof data36 == "number") && (!(data36 % 1) && !isNaN(data36))) && (isFinite(data36)))){
validate26.errors = [{instancePath:instancePath+"/chat/userCounter",schemaPath:"contract#/$defs/Chat/properties/userCounter/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid2 = _errs73 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.unreadId !== undefined){
let data37 = data2.unreadId;
const _errs75 = errors;
if((!(((typeof data37 == "number") && (!(data37 % 1) && !isNaN(data37))) && (isFinite(data37)))) && (data37 !== null)){
validate26.errors = [{instancePath:instancePath+"/chat/unreadId",schemaPath:"contract#/$defs/Chat/properties/unreadId/type",keyword:"type",params:{type: schema45.properties.unreadId.type},message:"must be integer,null"}];
return false;
}
var valid2 = _errs75 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.lastMessageViews !== undefined){
const _errs77 = errors;
if(typeof data2.lastMessageViews !== "string"){
validate26.errors = [{instancePath:instancePath+"/chat/lastMessageViews",schemaPath:"contract#/$defs/Chat/properties/lastMessageViews/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs77 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.markedId !== undefined){
let data39 = data2.markedId;
const _errs79 = errors;
if((!(((typeof data39 == "number") && (!(data39 % 1) && !isNaN(data39))) && (isFinite(data39)))) && (data39 !== null)){
validate26.errors = [{instancePath:instancePath+"/chat/markedId",schemaPath:"contract#/$defs/Chat/properties/markedId/type",keyword:"type",params:{type: schema45.properties.markedId.type},message:"must be integer,null"}];
return false;
}
var valid2 = _errs79 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.public !== undefined){
let data40 = data2.public;
const _errs81 = errors;
const _errs82 = errors;
let valid5 = false;
let passing0 = null;
const _errs83 = errors;
if(!(data40 && typeof data40 == "object" && !Array.isArray(data40))){
const err0 = {instancePath:instancePath+"/chat/public",schemaPath:"contract#/$defs/Chat/properties/public/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs83 === errors;
if(_valid0){
valid5 = true;
passing0 = 0;
}
const _errs85 = errors;
if(typeof data40 !== "string"){
const err1 = {instancePath:instancePath+"/chat/public",schemaPath:"contract#/$defs/Chat/properties/public/oneOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
var _valid0 = _errs85 === errors;
if(_valid0 && valid5){
valid5 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid5 = true;
passing0 = 1;
}
}
if(!valid5){
const err2 = {instancePath:instancePath+"/chat/public",schemaPath:"contract#/$defs/Chat/properties/public/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
validate26.errors = vErrors;
return false;
}
else {
errors = _errs82;
if(vErrors !== null){
if(_errs82){
vErrors.length = _errs82;
}
else {
vErrors = null;
}
}
}
var valid2 = _errs81 === errors;
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
validate26.errors = [{instancePath:instancePath+"/chat",schemaPath:"contract#/$defs/Chat/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.user !== undefined){
const _errs87 = errors;
if(!(validate35(data.user, {instancePath:instancePath+"/user",parentData:data,parentDataProperty:"user",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
errors = vErrors.length;
}
var valid0 = _errs87 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.language !== undefined){
const _errs88 = errors;
if(typeof data.language !== "string"){
validate26.errors = [{instancePath:instancePath+"/language",schemaPath:"contract#/$defs/ImbotV2EventLanguage/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs88 === errors;
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
validate26.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate26.errors = vErrors;
return errors === 0;
}
validate26.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


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
if(((((data.eventId === undefined) && (missing0 = "eventId")) || ((data.type === undefined) && (missing0 = "type"))) || ((data.date === undefined) && (missing0 = "date"))) || ((data.data === undefined) && (missing0 = "data"))){
validate25.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.eventId !== undefined){
let data0 = data.eventId;
const _errs1 = errors;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
validate25.errors = [{instancePath:instancePath+"/eventId",schemaPath:"#/properties/eventId/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs1){
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 < 1 || isNaN(data0)){
validate25.errors = [{instancePath:instancePath+"/eventId",schemaPath:"#/properties/eventId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
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
if(data.type !== undefined){
let data1 = data.type;
const _errs3 = errors;
if(typeof data1 !== "string"){
validate25.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if("ONIMBOTV2MESSAGEADD" !== data1){
validate25.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "ONIMBOTV2MESSAGEADD"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.date !== undefined){
let data2 = data.date;
const _errs5 = errors;
if(errors === _errs5){
if(errors === _errs5){
if(typeof data2 === "string"){
if(!(formats0(data2))){
validate25.errors = [{instancePath:instancePath+"/date",schemaPath:"#/properties/date/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate25.errors = [{instancePath:instancePath+"/date",schemaPath:"#/properties/date/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.data !== undefined){
const _errs7 = errors;
if(!(validate26(data.data, {instancePath:instancePath+"/data",parentData:data,parentDataProperty:"data",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
errors = vErrors.length;
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
}
else {
validate25.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate25.errors = vErrors;
return errors === 0;
}
validate25.evaluated = {"props":{"eventId":true,"type":true,"date":true,"data":true},"dynamicProps":false,"dynamicItems":false};

const schema53 = {"type":"object","required":["eventId","type","date","data"],"properties":{"eventId":{"type":"integer","minimum":1},"type":{"type":"string","const":"ONIMBOTV2MESSAGEUPDATE"},"date":{"type":"string","format":"date-time"},"data":{"$ref":"contract#/$defs/ImbotV2EventMessageUpdateData"}}};
const schema54 = {"type":"object","required":["bot","message","chat","user","language"],"additionalProperties":true,"properties":{"bot":{"$ref":"contract#/$defs/ImbotV2EventBot"},"message":{"$ref":"contract#/$defs/Message"},"chat":{"$ref":"contract#/$defs/Chat"},"user":{"$ref":"contract#/$defs/User"},"language":{"$ref":"contract#/$defs/ImbotV2EventLanguage"}}};

function validate40(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate40.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((((data.bot === undefined) && (missing0 = "bot")) || ((data.message === undefined) && (missing0 = "message"))) || ((data.chat === undefined) && (missing0 = "chat"))) || ((data.user === undefined) && (missing0 = "user"))) || ((data.language === undefined) && (missing0 = "language"))){
validate40.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.bot !== undefined){
const _errs2 = errors;
if(!(validate27(data.bot, {instancePath:instancePath+"/bot",parentData:data,parentDataProperty:"bot",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
errors = vErrors.length;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.message !== undefined){
const _errs3 = errors;
if(!(validate33(data.message, {instancePath:instancePath+"/message",parentData:data,parentDataProperty:"message",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
errors = vErrors.length;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.chat !== undefined){
let data2 = data.chat;
const _errs4 = errors;
const _errs5 = errors;
if(errors === _errs5){
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
let missing1;
if(((data2.id === undefined) && (missing1 = "id")) || ((data2.dialogId === undefined) && (missing1 = "dialogId"))){
validate40.errors = [{instancePath:instancePath+"/chat",schemaPath:"contract#/$defs/Chat/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data2.id !== undefined){
let data3 = data2.id;
const _errs7 = errors;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
validate40.errors = [{instancePath:instancePath+"/chat/id",schemaPath:"contract#/$defs/Chat/properties/id/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs7){
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 1 || isNaN(data3)){
validate40.errors = [{instancePath:instancePath+"/chat/id",schemaPath:"contract#/$defs/Chat/properties/id/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
var valid2 = _errs7 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.dialogId !== undefined){
const _errs9 = errors;
if(typeof data2.dialogId !== "string"){
validate40.errors = [{instancePath:instancePath+"/chat/dialogId",schemaPath:"contract#/$defs/Chat/properties/dialogId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs9 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.name !== undefined){
const _errs11 = errors;
if(typeof data2.name !== "string"){
validate40.errors = [{instancePath:instancePath+"/chat/name",schemaPath:"contract#/$defs/Chat/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs11 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.type !== undefined){
const _errs13 = errors;
if(typeof data2.type !== "string"){
validate40.errors = [{instancePath:instancePath+"/chat/type",schemaPath:"contract#/$defs/Chat/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs13 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.messageType !== undefined){
const _errs15 = errors;
if(typeof data2.messageType !== "string"){
validate40.errors = [{instancePath:instancePath+"/chat/messageType",schemaPath:"contract#/$defs/Chat/properties/messageType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs15 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.owner !== undefined){
let data8 = data2.owner;
const _errs17 = errors;
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
validate40.errors = [{instancePath:instancePath+"/chat/owner",schemaPath:"contract#/$defs/Chat/properties/owner/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid2 = _errs17 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.color !== undefined){
let data9 = data2.color;
const _errs19 = errors;
if((typeof data9 !== "string") && (data9 !== null)){
validate40.errors = [{instancePath:instancePath+"/chat/color",schemaPath:"contract#/$defs/Chat/properties/color/type",keyword:"type",params:{type: schema45.properties.color.type},message:"must be string,null"}];
return false;
}
var valid2 = _errs19 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.avatar !== undefined){
const _errs21 = errors;
if(typeof data2.avatar !== "string"){
validate40.errors = [{instancePath:instancePath+"/chat/avatar",schemaPath:"contract#/$defs/Chat/properties/avatar/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs21 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.description !== undefined){
const _errs23 = errors;
if(typeof data2.description !== "string"){
validate40.errors = [{instancePath:instancePath+"/chat/description",schemaPath:"contract#/$defs/Chat/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs23 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.extranet !== undefined){
const _errs25 = errors;
if(typeof data2.extranet !== "boolean"){
validate40.errors = [{instancePath:instancePath+"/chat/extranet",schemaPath:"contract#/$defs/Chat/properties/extranet/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid2 = _errs25 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.role !== undefined){
let data13 = data2.role;
const _errs27 = errors;
if(typeof data13 !== "string"){
validate40.errors = [{instancePath:instancePath+"/chat/role",schemaPath:"contract#/$defs/Chat/properties/role/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((((data13 === "owner") || (data13 === "manager")) || (data13 === "member")) || (data13 === "guest")) || (data13 === "none"))){
validate40.errors = [{instancePath:instancePath+"/chat/role",schemaPath:"contract#/$defs/Chat/properties/role/enum",keyword:"enum",params:{allowedValues: schema45.properties.role.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid2 = _errs27 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.containsCollaber !== undefined){
const _errs29 = errors;
if(typeof data2.containsCollaber !== "boolean"){
validate40.errors = [{instancePath:instancePath+"/chat/containsCollaber",schemaPath:"contract#/$defs/Chat/properties/containsCollaber/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid2 = _errs29 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.muteList !== undefined){
let data15 = data2.muteList;
const _errs31 = errors;
if(errors === _errs31){
if(Array.isArray(data15)){
var valid3 = true;
const len0 = data15.length;
for(let i0=0; i0<len0; i0++){
let data16 = data15[i0];
const _errs33 = errors;
if(!(((typeof data16 == "number") && (!(data16 % 1) && !isNaN(data16))) && (isFinite(data16)))){
validate40.errors = [{instancePath:instancePath+"/chat/muteList/" + i0,schemaPath:"contract#/$defs/Chat/properties/muteList/items/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid3 = _errs33 === errors;
if(!valid3){
break;
}
}
}
else {
validate40.errors = [{instancePath:instancePath+"/chat/muteList",schemaPath:"contract#/$defs/Chat/properties/muteList/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid2 = _errs31 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.entityType !== undefined){
const _errs35 = errors;
if(typeof data2.entityType !== "string"){
validate40.errors = [{instancePath:instancePath+"/chat/entityType",schemaPath:"contract#/$defs/Chat/properties/entityType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs35 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.entityId !== undefined){
const _errs37 = errors;
if(typeof data2.entityId !== "string"){
validate40.errors = [{instancePath:instancePath+"/chat/entityId",schemaPath:"contract#/$defs/Chat/properties/entityId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs37 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.entityData1 !== undefined){
const _errs39 = errors;
if(typeof data2.entityData1 !== "string"){
validate40.errors = [{instancePath:instancePath+"/chat/entityData1",schemaPath:"contract#/$defs/Chat/properties/entityData1/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs39 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.entityData2 !== undefined){
const _errs41 = errors;
if(typeof data2.entityData2 !== "string"){
validate40.errors = [{instancePath:instancePath+"/chat/entityData2",schemaPath:"contract#/$defs/Chat/properties/entityData2/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs41 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.entityData3 !== undefined){
const _errs43 = errors;
if(typeof data2.entityData3 !== "string"){
validate40.errors = [{instancePath:instancePath+"/chat/entityData3",schemaPath:"contract#/$defs/Chat/properties/entityData3/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs43 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.entityLink !== undefined){
let data22 = data2.entityLink;
const _errs45 = errors;
if(!(data22 && typeof data22 == "object" && !Array.isArray(data22))){
validate40.errors = [{instancePath:instancePath+"/chat/entityLink",schemaPath:"contract#/$defs/Chat/properties/entityLink/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
var valid2 = _errs45 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.diskFolderId !== undefined){
let data23 = data2.diskFolderId;
const _errs47 = errors;
if((!(((typeof data23 == "number") && (!(data23 % 1) && !isNaN(data23))) && (isFinite(data23)))) && (data23 !== null)){
validate40.errors = [{instancePath:instancePath+"/chat/diskFolderId",schemaPath:"contract#/$defs/Chat/properties/diskFolderId/type",keyword:"type",params:{type: schema45.properties.diskFolderId.type},message:"must be integer,null"}];
return false;
}
var valid2 = _errs47 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.permissions !== undefined){
let data24 = data2.permissions;
const _errs49 = errors;
if(!(data24 && typeof data24 == "object" && !Array.isArray(data24))){
validate40.errors = [{instancePath:instancePath+"/chat/permissions",schemaPath:"contract#/$defs/Chat/properties/permissions/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
var valid2 = _errs49 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.parentChatId !== undefined){
let data25 = data2.parentChatId;
const _errs51 = errors;
if((!(((typeof data25 == "number") && (!(data25 % 1) && !isNaN(data25))) && (isFinite(data25)))) && (data25 !== null)){
validate40.errors = [{instancePath:instancePath+"/chat/parentChatId",schemaPath:"contract#/$defs/Chat/properties/parentChatId/type",keyword:"type",params:{type: schema45.properties.parentChatId.type},message:"must be integer,null"}];
return false;
}
var valid2 = _errs51 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.parentMessageId !== undefined){
let data26 = data2.parentMessageId;
const _errs53 = errors;
if((!(((typeof data26 == "number") && (!(data26 % 1) && !isNaN(data26))) && (isFinite(data26)))) && (data26 !== null)){
validate40.errors = [{instancePath:instancePath+"/chat/parentMessageId",schemaPath:"contract#/$defs/Chat/properties/parentMessageId/type",keyword:"type",params:{type: schema45.properties.parentMessageId.type},message:"must be integer,null"}];
return false;
}
var valid2 = _errs53 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.isNew !== undefined){
const _errs55 = errors;
if(typeof data2.isNew !== "boolean"){
validate40.errors = [{instancePath:instancePath+"/chat/isNew",schemaPath:"contract#/$defs/Chat/properties/isNew/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid2 = _errs55 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.textFieldEnabled !== undefined){
let data28 = data2.textFieldEnabled;
const _errs57 = errors;
if(typeof data28 !== "string"){
validate40.errors = [{instancePath:instancePath+"/chat/textFieldEnabled",schemaPath:"contract#/$defs/Chat/properties/textFieldEnabled/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((data28 === "Y") || (data28 === "N"))){
validate40.errors = [{instancePath:instancePath+"/chat/textFieldEnabled",schemaPath:"contract#/$defs/Chat/properties/textFieldEnabled/enum",keyword:"enum",params:{allowedValues: schema45.properties.textFieldEnabled.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid2 = _errs57 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.backgroundId !== undefined){
let data29 = data2.backgroundId;
const _errs59 = errors;
if((typeof data29 !== "string") && (data29 !== null)){
validate40.errors = [{instancePath:instancePath+"/chat/backgroundId",schemaPath:"contract#/$defs/Chat/properties/backgroundId/type",keyword:"type",params:{type: schema45.properties.backgroundId.type},message:"must be string,null"}];
return false;
}
var valid2 = _errs59 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.dateCreate !== undefined){
let data30 = data2.dateCreate;
const _errs61 = errors;
if((typeof data30 !== "string") && (data30 !== null)){
validate40.errors = [{instancePath:instancePath+"/chat/dateCreate",schemaPath:"contract#/$defs/Chat/properties/dateCreate/type",keyword:"type",params:{type: schema45.properties.dateCreate.type},message:"must be string,null"}];
return false;
}
if(errors === _errs61){
if(errors === _errs61){
if(typeof data30 === "string"){
if(!(formats0(data30))){
validate40.errors = [{instancePath:instancePath+"/chat/dateCreate",schemaPath:"contract#/$defs/Chat/properties/dateCreate/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
}
}
var valid2 = _errs61 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.lastMessageId !== undefined){
let data31 = data2.lastMessageId;
const _errs63 = errors;
if((!(((typeof data31 == "number") && (!(data31 % 1) && !isNaN(data31))) && (isFinite(data31)))) && (data31 !== null)){
validate40.errors = [{instancePath:instancePath+"/chat/lastMessageId",schemaPath:"contract#/$defs/Chat/properties/lastMessageId/type",keyword:"type",params:{type: schema45.properties.lastMessageId.type},message:"must be integer,null"}];
return false;
}
var valid2 = _errs63 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.lastId !== undefined){
let data32 = data2.lastId;
const _errs65 = errors;
if((!(((typeof data32 == "number") && (!(data32 % 1) && !isNaN(data32))) && (isFinite(data32)))) && (data32 !== null)){
validate40.errors = [{instancePath:instancePath+"/chat/lastId",schemaPath:"contract#/$defs/Chat/properties/lastId/type",keyword:"type",params:{type: schema45.properties.lastId.type},message:"must be integer,null"}];
return false;
}
var valid2 = _errs65 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.managerList !== undefined){
let data33 = data2.managerList;
const _errs67 = errors;
if(errors === _errs67){
if(Array.isArray(data33)){
var valid4 = true;
const len1 = data33.length;
for(let i1=0; i1<len1; i1++){
let data34 = data33[i1];
const _errs69 = errors;
if(!(((typeof data34 == "number") && (!(data34 % 1) && !isNaN(data34))) && (isFinite(data34)))){
validate40.errors = [{instancePath:instancePath+"/chat/managerList/" + i1,schemaPath:"contract#/$defs/Chat/properties/managerList/items/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid4 = _errs69 === errors;
if(!valid4){
break;
}
}
}
else {
validate40.errors = [{instancePath:instancePath+"/chat/managerList",schemaPath:"contract#/$defs/Chat/properties/managerList/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid2 = _errs67 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.messageCount !== undefined){
let data35 = data2.messageCount;
const _errs71 = errors;
if(!(((typeof data35 == "number") && (!(data35 % 1) && !isNaN(data35))) && (isFinite(data35)))){
validate40.errors = [{instancePath:instancePath+"/chat/messageCount",schemaPath:"contract#/$defs/Chat/properties/messageCount/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid2 = _errs71 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.userCounter !== undefined){
let data36 = data2.userCounter;
const _errs73 = errors;
if(!(((typeof data36 == "number") && (!(data36 % 1) && !isNaN(data36))) && (isFinite(data36)))){
validate40.errors = [{instancePath:instancePath+"/chat/userCounter",schemaPath:"contract#/$defs/Chat/properties/userCounter/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid2 = _errs73 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.unreadId !== undefined){
let data37 = data2.unreadId;
const _errs75 = errors;
if((!(((typeof data37 == "number") && (!(data37 % 1) && !isNaN(data37))) && (isFinite(data37)))) && (data37 !== null)){
validate40.errors = [{instancePath:instancePath+"/chat/unreadId",schemaPath:"contract#/$defs/Chat/properties/unreadId/type",keyword:"type",params:{type: schema45.properties.unreadId.type},message:"must be integer,null"}];
return false;
}
var valid2 = _errs75 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.lastMessageViews !== undefined){
const _errs77 = errors;
if(typeof data2.lastMessageViews !== "string"){
validate40.errors = [{instancePath:instancePath+"/chat/lastMessageViews",schemaPath:"contract#/$defs/Chat/properties/lastMessageViews/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs77 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.markedId !== undefined){
let data39 = data2.markedId;
const _errs79 = errors;
if((!(((typeof data39 == "number") && (!(data39 % 1) && !isNaN(data39))) && (isFinite(data39)))) && (data39 !== null)){
validate40.errors = [{instancePath:instancePath+"/chat/markedId",schemaPath:"contract#/$defs/Chat/properties/markedId/type",keyword:"type",params:{type: schema45.properties.markedId.type},message:"must be integer,null"}];
return false;
}
var valid2 = _errs79 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.public !== undefined){
let data40 = data2.public;
const _errs81 = errors;
const _errs82 = errors;
let valid5 = false;
let passing0 = null;
const _errs83 = errors;
if(!(data40 && typeof data40 == "object" && !Array.isArray(data40))){
const err0 = {instancePath:instancePath+"/chat/public",schemaPath:"contract#/$defs/Chat/properties/public/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs83 === errors;
if(_valid0){
valid5 = true;
passing0 = 0;
}
const _errs85 = errors;
if(typeof data40 !== "string"){
const err1 = {instancePath:instancePath+"/chat/public",schemaPath:"contract#/$defs/Chat/properties/public/oneOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
var _valid0 = _errs85 === errors;
if(_valid0 && valid5){
valid5 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid5 = true;
passing0 = 1;
}
}
if(!valid5){
const err2 = {instancePath:instancePath+"/chat/public",schemaPath:"contract#/$defs/Chat/properties/public/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
validate40.errors = vErrors;
return false;
}
else {
errors = _errs82;
if(vErrors !== null){
if(_errs82){
vErrors.length = _errs82;
}
else {
vErrors = null;
}
}
}
var valid2 = _errs81 === errors;
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
validate40.errors = [{instancePath:instancePath+"/chat",schemaPath:"contract#/$defs/Chat/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.user !== undefined){
const _errs87 = errors;
if(!(validate35(data.user, {instancePath:instancePath+"/user",parentData:data,parentDataProperty:"user",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
errors = vErrors.length;
}
var valid0 = _errs87 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.language !== undefined){
const _errs88 = errors;
if(typeof data.language !== "string"){
validate40.errors = [{instancePath:instancePath+"/language",schemaPath:"contract#/$defs/ImbotV2EventLanguage/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs88 === errors;
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
validate40.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate40.errors = vErrors;
return errors === 0;
}
validate40.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate39(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate39.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((data.eventId === undefined) && (missing0 = "eventId")) || ((data.type === undefined) && (missing0 = "type"))) || ((data.date === undefined) && (missing0 = "date"))) || ((data.data === undefined) && (missing0 = "data"))){
validate39.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.eventId !== undefined){
let data0 = data.eventId;
const _errs1 = errors;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
validate39.errors = [{instancePath:instancePath+"/eventId",schemaPath:"#/properties/eventId/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs1){
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 < 1 || isNaN(data0)){
validate39.errors = [{instancePath:instancePath+"/eventId",schemaPath:"#/properties/eventId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
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
if(data.type !== undefined){
let data1 = data.type;
const _errs3 = errors;
if(typeof data1 !== "string"){
validate39.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if("ONIMBOTV2MESSAGEUPDATE" !== data1){
validate39.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "ONIMBOTV2MESSAGEUPDATE"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.date !== undefined){
let data2 = data.date;
const _errs5 = errors;
if(errors === _errs5){
if(errors === _errs5){
if(typeof data2 === "string"){
if(!(formats0(data2))){
validate39.errors = [{instancePath:instancePath+"/date",schemaPath:"#/properties/date/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate39.errors = [{instancePath:instancePath+"/date",schemaPath:"#/properties/date/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.data !== undefined){
const _errs7 = errors;
if(!(validate40(data.data, {instancePath:instancePath+"/data",parentData:data,parentDataProperty:"data",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
errors = vErrors.length;
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
}
else {
validate39.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate39.errors = vErrors;
return errors === 0;
}
validate39.evaluated = {"props":{"eventId":true,"type":true,"date":true,"data":true},"dynamicProps":false,"dynamicItems":false};

const schema57 = {"type":"object","required":["eventId","type","date","data"],"properties":{"eventId":{"type":"integer","minimum":1},"type":{"type":"string","const":"ONIMBOTV2MESSAGEDELETE"},"date":{"type":"string","format":"date-time"},"data":{"$ref":"contract#/$defs/ImbotV2EventMessageDeleteData"}}};
const schema58 = {"type":"object","required":["bot","messageId","chat","user","language"],"additionalProperties":true,"properties":{"bot":{"$ref":"contract#/$defs/ImbotV2EventBot"},"messageId":{"$ref":"contract#/$defs/MessageId"},"chat":{"$ref":"contract#/$defs/Chat"},"user":{"$ref":"contract#/$defs/User"},"language":{"$ref":"contract#/$defs/ImbotV2EventLanguage"}}};
const schema59 = {"type":"integer","minimum":1};

function validate47(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate47.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((((data.bot === undefined) && (missing0 = "bot")) || ((data.messageId === undefined) && (missing0 = "messageId"))) || ((data.chat === undefined) && (missing0 = "chat"))) || ((data.user === undefined) && (missing0 = "user"))) || ((data.language === undefined) && (missing0 = "language"))){
validate47.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.bot !== undefined){
const _errs2 = errors;
if(!(validate27(data.bot, {instancePath:instancePath+"/bot",parentData:data,parentDataProperty:"bot",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
errors = vErrors.length;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.messageId !== undefined){
let data1 = data.messageId;
const _errs3 = errors;
const _errs4 = errors;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
validate47.errors = [{instancePath:instancePath+"/messageId",schemaPath:"contract#/$defs/MessageId/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs4){
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 < 1 || isNaN(data1)){
validate47.errors = [{instancePath:instancePath+"/messageId",schemaPath:"contract#/$defs/MessageId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.chat !== undefined){
let data2 = data.chat;
const _errs6 = errors;
const _errs7 = errors;
if(errors === _errs7){
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
let missing1;
if(((data2.id === undefined) && (missing1 = "id")) || ((data2.dialogId === undefined) && (missing1 = "dialogId"))){
validate47.errors = [{instancePath:instancePath+"/chat",schemaPath:"contract#/$defs/Chat/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data2.id !== undefined){
let data3 = data2.id;
const _errs9 = errors;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
validate47.errors = [{instancePath:instancePath+"/chat/id",schemaPath:"contract#/$defs/Chat/properties/id/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs9){
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 1 || isNaN(data3)){
validate47.errors = [{instancePath:instancePath+"/chat/id",schemaPath:"contract#/$defs/Chat/properties/id/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
var valid3 = _errs9 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.dialogId !== undefined){
const _errs11 = errors;
if(typeof data2.dialogId !== "string"){
validate47.errors = [{instancePath:instancePath+"/chat/dialogId",schemaPath:"contract#/$defs/Chat/properties/dialogId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs11 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.name !== undefined){
const _errs13 = errors;
if(typeof data2.name !== "string"){
validate47.errors = [{instancePath:instancePath+"/chat/name",schemaPath:"contract#/$defs/Chat/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs13 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.type !== undefined){
const _errs15 = errors;
if(typeof data2.type !== "string"){
validate47.errors = [{instancePath:instancePath+"/chat/type",schemaPath:"contract#/$defs/Chat/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs15 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.messageType !== undefined){
const _errs17 = errors;
if(typeof data2.messageType !== "string"){
validate47.errors = [{instancePath:instancePath+"/chat/messageType",schemaPath:"contract#/$defs/Chat/properties/messageType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs17 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.owner !== undefined){
let data8 = data2.owner;
const _errs19 = errors;
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
validate47.errors = [{instancePath:instancePath+"/chat/owner",schemaPath:"contract#/$defs/Chat/properties/owner/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid3 = _errs19 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.color !== undefined){
let data9 = data2.color;
const _errs21 = errors;
if((typeof data9 !== "string") && (data9 !== null)){
validate47.errors = [{instancePath:instancePath+"/chat/color",schemaPath:"contract#/$defs/Chat/properties/color/type",keyword:"type",params:{type: schema45.properties.color.type},message:"must be string,null"}];
return false;
}
var valid3 = _errs21 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.avatar !== undefined){
const _errs23 = errors;
if(typeof data2.avatar !== "string"){
validate47.errors = [{instancePath:instancePath+"/chat/avatar",schemaPath:"contract#/$defs/Chat/properties/avatar/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs23 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.description !== undefined){
const _errs25 = errors;
if(typeof data2.description !== "string"){
validate47.errors = [{instancePath:instancePath+"/chat/description",schemaPath:"contract#/$defs/Chat/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs25 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.extranet !== undefined){
const _errs27 = errors;
if(typeof data2.extranet !== "boolean"){
validate47.errors = [{instancePath:instancePath+"/chat/extranet",schemaPath:"contract#/$defs/Chat/properties/extranet/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid3 = _errs27 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.role !== undefined){
let data13 = data2.role;
const _errs29 = errors;
if(typeof data13 !== "string"){
validate47.errors = [{instancePath:instancePath+"/chat/role",schemaPath:"contract#/$defs/Chat/properties/role/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((((data13 === "owner") || (data13 === "manager")) || (data13 === "member")) || (data13 === "guest")) || (data13 === "none"))){
validate47.errors = [{instancePath:instancePath+"/chat/role",schemaPath:"contract#/$defs/Chat/properties/role/enum",keyword:"enum",params:{allowedValues: schema45.properties.role.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid3 = _errs29 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.containsCollaber !== undefined){
const _errs31 = errors;
if(typeof data2.containsCollaber !== "boolean"){
validate47.errors = [{instancePath:instancePath+"/chat/containsCollaber",schemaPath:"contract#/$defs/Chat/properties/containsCollaber/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid3 = _errs31 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.muteList !== undefined){
let data15 = data2.muteList;
const _errs33 = errors;
if(errors === _errs33){
if(Array.isArray(data15)){
var valid4 = true;
const len0 = data15.length;
for(let i0=0; i0<len0; i0++){
let data16 = data15[i0];
const _errs35 = errors;
if(!(((typeof data16 == "number") && (!(data16 % 1) && !isNaN(data16))) && (isFinite(data16)))){
validate47.errors = [{instancePath:instancePath+"/chat/muteList/" + i0,schemaPath:"contract#/$defs/Chat/properties/muteList/items/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid4 = _errs35 === errors;
if(!valid4){
break;
}
}
}
else {
validate47.errors = [{instancePath:instancePath+"/chat/muteList",schemaPath:"contract#/$defs/Chat/properties/muteList/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid3 = _errs33 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.entityType !== undefined){
const _errs37 = errors;
if(typeof data2.entityType !== "string"){
validate47.errors = [{instancePath:instancePath+"/chat/entityType",schemaPath:"contract#/$defs/Chat/properties/entityType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs37 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.entityId !== undefined){
const _errs39 = errors;
if(typeof data2.entityId !== "string"){
validate47.errors = [{instancePath:instancePath+"/chat/entityId",schemaPath:"contract#/$defs/Chat/properties/entityId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs39 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.entityData1 !== undefined){
const _errs41 = errors;
if(typeof data2.entityData1 !== "string"){
validate47.errors = [{instancePath:instancePath+"/chat/entityData1",schemaPath:"contract#/$defs/Chat/properties/entityData1/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs41 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.entityData2 !== undefined){
const _errs43 = errors;
if(typeof data2.entityData2 !== "string"){
validate47.errors = [{instancePath:instancePath+"/chat/entityData2",schemaPath:"contract#/$defs/Chat/properties/entityData2/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs43 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.entityData3 !== undefined){
const _errs45 = errors;
if(typeof data2.entityData3 !== "string"){
validate47.errors = [{instancePath:instancePath+"/chat/entityData3",schemaPath:"contract#/$defs/Chat/properties/entityData3/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs45 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.entityLink !== undefined){
let data22 = data2.entityLink;
const _errs47 = errors;
if(!(data22 && typeof data22 == "object" && !Array.isArray(data22))){
validate47.errors = [{instancePath:instancePath+"/chat/entityLink",schemaPath:"contract#/$defs/Chat/properties/entityLink/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
var valid3 = _errs47 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.diskFolderId !== undefined){
let data23 = data2.diskFolderId;
const _errs49 = errors;
if((!(((typeof data23 == "number") && (!(data23 % 1) && !isNaN(data23))) && (isFinite(data23)))) && (data23 !== null)){
validate47.errors = [{instancePath:instancePath+"/chat/diskFolderId",schemaPath:"contract#/$defs/Chat/properties/diskFolderId/type",keyword:"type",params:{type: schema45.properties.diskFolderId.type},message:"must be integer,null"}];
return false;
}
var valid3 = _errs49 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.permissions !== undefined){
let data24 = data2.permissions;
const _errs51 = errors;
if(!(data24 && typeof data24 == "object" && !Array.isArray(data24))){
validate47.errors = [{instancePath:instancePath+"/chat/permissions",schemaPath:"contract#/$defs/Chat/properties/permissions/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
var valid3 = _errs51 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.parentChatId !== undefined){
let data25 = data2.parentChatId;
const _errs53 = errors;
if((!(((typeof data25 == "number") && (!(data25 % 1) && !isNaN(data25))) && (isFinite(data25)))) && (data25 !== null)){
validate47.errors = [{instancePath:instancePath+"/chat/parentChatId",schemaPath:"contract#/$defs/Chat/properties/parentChatId/type",keyword:"type",params:{type: schema45.properties.parentChatId.type},message:"must be integer,null"}];
return false;
}
var valid3 = _errs53 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.parentMessageId !== undefined){
let data26 = data2.parentMessageId;
const _errs55 = errors;
if((!(((typeof data26 == "number") && (!(data26 % 1) && !isNaN(data26))) && (isFinite(data26)))) && (data26 !== null)){
validate47.errors = [{instancePath:instancePath+"/chat/parentMessageId",schemaPath:"contract#/$defs/Chat/properties/parentMessageId/type",keyword:"type",params:{type: schema45.properties.parentMessageId.type},message:"must be integer,null"}];
return false;
}
var valid3 = _errs55 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.isNew !== undefined){
const _errs57 = errors;
if(typeof data2.isNew !== "boolean"){
validate47.errors = [{instancePath:instancePath+"/chat/isNew",schemaPath:"contract#/$defs/Chat/properties/isNew/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid3 = _errs57 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.textFieldEnabled !== undefined){
let data28 = data2.textFieldEnabled;
const _errs59 = errors;
if(typeof data28 !== "string"){
validate47.errors = [{instancePath:instancePath+"/chat/textFieldEnabled",schemaPath:"contract#/$defs/Chat/properties/textFieldEnabled/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((data28 === "Y") || (data28 === "N"))){
validate47.errors = [{instancePath:instancePath+"/chat/textFieldEnabled",schemaPath:"contract#/$defs/Chat/properties/textFieldEnabled/enum",keyword:"enum",params:{allowedValues: schema45.properties.textFieldEnabled.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid3 = _errs59 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.backgroundId !== undefined){
let data29 = data2.backgroundId;
const _errs61 = errors;
if((typeof data29 !== "string") && (data29 !== null)){
validate47.errors = [{instancePath:instancePath+"/chat/backgroundId",schemaPath:"contract#/$defs/Chat/properties/backgroundId/type",keyword:"type",params:{type: schema45.properties.backgroundId.type},message:"must be string,null"}];
return false;
}
var valid3 = _errs61 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.dateCreate !== undefined){
let data30 = data2.dateCreate;
const _errs63 = errors;
if((typeof data30 !== "string") && (data30 !== null)){
validate47.errors = [{instancePath:instancePath+"/chat/dateCreate",schemaPath:"contract#/$defs/Chat/properties/dateCreate/type",keyword:"type",params:{type: schema45.properties.dateCreate.type},message:"must be string,null"}];
return false;
}
if(errors === _errs63){
if(errors === _errs63){
if(typeof data30 === "string"){
if(!(formats0(data30))){
validate47.errors = [{instancePath:instancePath+"/chat/dateCreate",schemaPath:"contract#/$defs/Chat/properties/dateCreate/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
}
}
var valid3 = _errs63 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.lastMessageId !== undefined){
let data31 = data2.lastMessageId;
const _errs65 = errors;
if((!(((typeof data31 == "number") && (!(data31 % 1) && !isNaN(data31))) && (isFinite(data31)))) && (data31 !== null)){
validate47.errors = [{instancePath:instancePath+"/chat/lastMessageId",schemaPath:"contract#/$defs/Chat/properties/lastMessageId/type",keyword:"type",params:{type: schema45.properties.lastMessageId.type},message:"must be integer,null"}];
return false;
}
var valid3 = _errs65 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.lastId !== undefined){
let data32 = data2.lastId;
const _errs67 = errors;
if((!(((typeof data32 == "number") && (!(data32 % 1) && !isNaN(data32))) && (isFinite(data32)))) && (data32 !== null)){
validate47.errors = [{instancePath:instancePath+"/chat/lastId",schemaPath:"contract#/$defs/Chat/properties/lastId/type",keyword:"type",params:{type: schema45.properties.lastId.type},message:"must be integer,null"}];
return false;
}
var valid3 = _errs67 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.managerList !== undefined){
let data33 = data2.managerList;
const _errs69 = errors;
if(errors === _errs69){
if(Array.isArray(data33)){
var valid5 = true;
const len1 = data33.length;
for(let i1=0; i1<len1; i1++){
let data34 = data33[i1];
const _errs71 = errors;
if(!(((typeof data34 == "number") && (!(data34 % 1) && !isNaN(data34))) && (isFinite(data34)))){
validate47.errors = [{instancePath:instancePath+"/chat/managerList/" + i1,schemaPath:"contract#/$defs/Chat/properties/managerList/items/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid5 = _errs71 === errors;
if(!valid5){
break;
}
}
}
else {
validate47.errors = [{instancePath:instancePath+"/chat/managerList",schemaPath:"contract#/$defs/Chat/properties/managerList/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid3 = _errs69 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.messageCount !== undefined){
let data35 = data2.messageCount;
const _errs73 = errors;
if(!(((typeof data35 == "number") && (!(data35 % 1) && !isNaN(data35))) && (isFinite(data35)))){
validate47.errors = [{instancePath:instancePath+"/chat/messageCount",schemaPath:"contract#/$defs/Chat/properties/messageCount/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid3 = _errs73 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.userCounter !== undefined){
let data36 = data2.userCounter;
const _errs75 = errors;
if(!(((typeof data36 == "number") && (!(data36 % 1) && !isNaN(data36))) && (isFinite(data36)))){
validate47.errors = [{instancePath:instancePath+"/chat/userCounter",schemaPath:"contract#/$defs/Chat/properties/userCounter/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid3 = _errs75 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.unreadId !== undefined){
let data37 = data2.unreadId;
const _errs77 = errors;
if((!(((typeof data37 == "number") && (!(data37 % 1) && !isNaN(data37))) && (isFinite(data37)))) && (data37 !== null)){
validate47.errors = [{instancePath:instancePath+"/chat/unreadId",schemaPath:"contract#/$defs/Chat/properties/unreadId/type",keyword:"type",params:{type: schema45.properties.unreadId.type},message:"must be integer,null"}];
return false;
}
var valid3 = _errs77 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.lastMessageViews !== undefined){
const _errs79 = errors;
if(typeof data2.lastMessageViews !== "string"){
validate47.errors = [{instancePath:instancePath+"/chat/lastMessageViews",schemaPath:"contract#/$defs/Chat/properties/lastMessageViews/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs79 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.markedId !== undefined){
let data39 = data2.markedId;
const _errs81 = errors;
if((!(((typeof data39 == "number") && (!(data39 % 1) && !isNaN(data39))) && (isFinite(data39)))) && (data39 !== null)){
validate47.errors = [{instancePath:instancePath+"/chat/markedId",schemaPath:"contract#/$defs/Chat/properties/markedId/type",keyword:"type",params:{type: schema45.properties.markedId.type},message:"must be integer,null"}];
return false;
}
var valid3 = _errs81 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.public !== undefined){
let data40 = data2.public;
const _errs83 = errors;
const _errs84 = errors;
let valid6 = false;
let passing0 = null;
const _errs85 = errors;
if(!(data40 && typeof data40 == "object" && !Array.isArray(data40))){
const err0 = {instancePath:instancePath+"/chat/public",schemaPath:"contract#/$defs/Chat/properties/public/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs85 === errors;
if(_valid0){
valid6 = true;
passing0 = 0;
}
const _errs87 = errors;
if(typeof data40 !== "string"){
const err1 = {instancePath:instancePath+"/chat/public",schemaPath:"contract#/$defs/Chat/properties/public/oneOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
var _valid0 = _errs87 === errors;
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
validate47.errors = vErrors;
return false;
}
else {
errors = _errs84;
if(vErrors !== null){
if(_errs84){
vErrors.length = _errs84;
}
else {
vErrors = null;
}
}
}
var valid3 = _errs83 === errors;
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
validate47.errors = [{instancePath:instancePath+"/chat",schemaPath:"contract#/$defs/Chat/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.user !== undefined){
const _errs89 = errors;
if(!(validate35(data.user, {instancePath:instancePath+"/user",parentData:data,parentDataProperty:"user",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
errors = vErrors.length;
}
var valid0 = _errs89 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.language !== undefined){
const _errs90 = errors;
if(typeof data.language !== "string"){
validate47.errors = [{instancePath:instancePath+"/language",schemaPath:"contract#/$defs/ImbotV2EventLanguage/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs90 === errors;
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
validate47.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate47.errors = vErrors;
return errors === 0;
}
validate47.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate46(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate46.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((data.eventId === undefined) && (missing0 = "eventId")) || ((data.type === undefined) && (missing0 = "type"))) || ((data.date === undefined) && (missing0 = "date"))) || ((data.data === undefined) && (missing0 = "data"))){
validate46.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.eventId !== undefined){
let data0 = data.eventId;
const _errs1 = errors;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
validate46.errors = [{instancePath:instancePath+"/eventId",schemaPath:"#/properties/eventId/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs1){
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 < 1 || isNaN(data0)){
validate46.errors = [{instancePath:instancePath+"/eventId",schemaPath:"#/properties/eventId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
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
if(data.type !== undefined){
let data1 = data.type;
const _errs3 = errors;
if(typeof data1 !== "string"){
validate46.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if("ONIMBOTV2MESSAGEDELETE" !== data1){
validate46.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "ONIMBOTV2MESSAGEDELETE"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.date !== undefined){
let data2 = data.date;
const _errs5 = errors;
if(errors === _errs5){
if(errors === _errs5){
if(typeof data2 === "string"){
if(!(formats0(data2))){
validate46.errors = [{instancePath:instancePath+"/date",schemaPath:"#/properties/date/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate46.errors = [{instancePath:instancePath+"/date",schemaPath:"#/properties/date/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.data !== undefined){
const _errs7 = errors;
if(!(validate47(data.data, {instancePath:instancePath+"/data",parentData:data,parentDataProperty:"data",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate47.errors : vErrors.concat(validate47.errors);
errors = vErrors.length;
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
}
else {
validate46.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate46.errors = vErrors;
return errors === 0;
}
validate46.evaluated = {"props":{"eventId":true,"type":true,"date":true,"data":true},"dynamicProps":false,"dynamicItems":false};

const schema62 = {"type":"object","required":["eventId","type","date","data"],"properties":{"eventId":{"type":"integer","minimum":1},"type":{"type":"string","const":"ONIMBOTV2JOINCHAT"},"date":{"type":"string","format":"date-time"},"data":{"$ref":"contract#/$defs/ImbotV2EventJoinChatData"}}};
const schema63 = {"type":"object","required":["bot","dialogId","chat","user","language"],"additionalProperties":true,"properties":{"bot":{"$ref":"contract#/$defs/ImbotV2EventBot"},"dialogId":{"$ref":"contract#/$defs/DialogId"},"chat":{"$ref":"contract#/$defs/Chat"},"user":{"$ref":"contract#/$defs/User"},"language":{"$ref":"contract#/$defs/ImbotV2EventLanguage"}}};
const schema64 = {"type":"string","pattern":"^(chat[1-9][0-9]*|[1-9][0-9]*)$"};
const pattern4 = new RegExp("^(chat[1-9][0-9]*|[1-9][0-9]*)$", "u");

function validate53(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate53.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((((data.bot === undefined) && (missing0 = "bot")) || ((data.dialogId === undefined) && (missing0 = "dialogId"))) || ((data.chat === undefined) && (missing0 = "chat"))) || ((data.user === undefined) && (missing0 = "user"))) || ((data.language === undefined) && (missing0 = "language"))){
validate53.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.bot !== undefined){
const _errs2 = errors;
if(!(validate27(data.bot, {instancePath:instancePath+"/bot",parentData:data,parentDataProperty:"bot",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
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
validate53.errors = [{instancePath:instancePath+"/dialogId",schemaPath:"contract#/$defs/DialogId/pattern",keyword:"pattern",params:{pattern: "^(chat[1-9][0-9]*|[1-9][0-9]*)$"},message:"must match pattern \""+"^(chat[1-9][0-9]*|[1-9][0-9]*)$"+"\""}];
return false;
}
}
else {
validate53.errors = [{instancePath:instancePath+"/dialogId",schemaPath:"contract#/$defs/DialogId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.chat !== undefined){
let data2 = data.chat;
const _errs6 = errors;
const _errs7 = errors;
if(errors === _errs7){
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
let missing1;
if(((data2.id === undefined) && (missing1 = "id")) || ((data2.dialogId === undefined) && (missing1 = "dialogId"))){
validate53.errors = [{instancePath:instancePath+"/chat",schemaPath:"contract#/$defs/Chat/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data2.id !== undefined){
let data3 = data2.id;
const _errs9 = errors;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
validate53.errors = [{instancePath:instancePath+"/chat/id",schemaPath:"contract#/$defs/Chat/properties/id/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs9){
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 1 || isNaN(data3)){
validate53.errors = [{instancePath:instancePath+"/chat/id",schemaPath:"contract#/$defs/Chat/properties/id/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
var valid3 = _errs9 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.dialogId !== undefined){
const _errs11 = errors;
if(typeof data2.dialogId !== "string"){
validate53.errors = [{instancePath:instancePath+"/chat/dialogId",schemaPath:"contract#/$defs/Chat/properties/dialogId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs11 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.name !== undefined){
const _errs13 = errors;
if(typeof data2.name !== "string"){
validate53.errors = [{instancePath:instancePath+"/chat/name",schemaPath:"contract#/$defs/Chat/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs13 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.type !== undefined){
const _errs15 = errors;
if(typeof data2.type !== "string"){
validate53.errors = [{instancePath:instancePath+"/chat/type",schemaPath:"contract#/$defs/Chat/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs15 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.messageType !== undefined){
const _errs17 = errors;
if(typeof data2.messageType !== "string"){
validate53.errors = [{instancePath:instancePath+"/chat/messageType",schemaPath:"contract#/$defs/Chat/properties/messageType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs17 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.owner !== undefined){
let data8 = data2.owner;
const _errs19 = errors;
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
validate53.errors = [{instancePath:instancePath+"/chat/owner",schemaPath:"contract#/$defs/Chat/properties/owner/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid3 = _errs19 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.color !== undefined){
let data9 = data2.color;
const _errs21 = errors;
if((typeof data9 !== "string") && (data9 !== null)){
validate53.errors = [{instancePath:instancePath+"/chat/color",schemaPath:"contract#/$defs/Chat/properties/color/type",keyword:"type",params:{type: schema45.properties.color.type},message:"must be string,null"}];
return false;
}
var valid3 = _errs21 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.avatar !== undefined){
const _errs23 = errors;
if(typeof data2.avatar !== "string"){
validate53.errors = [{instancePath:instancePath+"/chat/avatar",schemaPath:"contract#/$defs/Chat/properties/avatar/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs23 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.description !== undefined){
const _errs25 = errors;
if(typeof data2.description !== "string"){
validate53.errors = [{instancePath:instancePath+"/chat/description",schemaPath:"contract#/$defs/Chat/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs25 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.extranet !== undefined){
const _errs27 = errors;
if(typeof data2.extranet !== "boolean"){
validate53.errors = [{instancePath:instancePath+"/chat/extranet",schemaPath:"contract#/$defs/Chat/properties/extranet/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid3 = _errs27 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.role !== undefined){
let data13 = data2.role;
const _errs29 = errors;
if(typeof data13 !== "string"){
validate53.errors = [{instancePath:instancePath+"/chat/role",schemaPath:"contract#/$defs/Chat/properties/role/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((((data13 === "owner") || (data13 === "manager")) || (data13 === "member")) || (data13 === "guest")) || (data13 === "none"))){
validate53.errors = [{instancePath:instancePath+"/chat/role",schemaPath:"contract#/$defs/Chat/properties/role/enum",keyword:"enum",params:{allowedValues: schema45.properties.role.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid3 = _errs29 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.containsCollaber !== undefined){
const _errs31 = errors;
if(typeof data2.containsCollaber !== "boolean"){
validate53.errors = [{instancePath:instancePath+"/chat/containsCollaber",schemaPath:"contract#/$defs/Chat/properties/containsCollaber/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid3 = _errs31 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.muteList !== undefined){
let data15 = data2.muteList;
const _errs33 = errors;
if(errors === _errs33){
if(Array.isArray(data15)){
var valid4 = true;
const len0 = data15.length;
for(let i0=0; i0<len0; i0++){
let data16 = data15[i0];
const _errs35 = errors;
if(!(((typeof data16 == "number") && (!(data16 % 1) && !isNaN(data16))) && (isFinite(data16)))){
validate53.errors = [{instancePath:instancePath+"/chat/muteList/" + i0,schemaPath:"contract#/$defs/Chat/properties/muteList/items/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid4 = _errs35 === errors;
if(!valid4){
break;
}
}
}
else {
validate53.errors = [{instancePath:instancePath+"/chat/muteList",schemaPath:"contract#/$defs/Chat/properties/muteList/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid3 = _errs33 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.entityType !== undefined){
const _errs37 = errors;
if(typeof data2.entityType !== "string"){
validate53.errors = [{instancePath:instancePath+"/chat/entityType",schemaPath:"contract#/$defs/Chat/properties/entityType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs37 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.entityId !== undefined){
const _errs39 = errors;
if(typeof data2.entityId !== "string"){
validate53.errors = [{instancePath:instancePath+"/chat/entityId",schemaPath:"contract#/$defs/Chat/properties/entityId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs39 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.entityData1 !== undefined){
const _errs41 = errors;
if(typeof data2.entityData1 !== "string"){
validate53.errors = [{instancePath:instancePath+"/chat/entityData1",schemaPath:"contract#/$defs/Chat/properties/entityData1/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs41 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.entityData2 !== undefined){
const _errs43 = errors;
if(typeof data2.entityData2 !== "string"){
validate53.errors = [{instancePath:instancePath+"/chat/entityData2",schemaPath:"contract#/$defs/Chat/properties/entityData2/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs43 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.entityData3 !== undefined){
const _errs45 = errors;
if(typeof data2.entityData3 !== "string"){
validate53.errors = [{instancePath:instancePath+"/chat/entityData3",schemaPath:"contract#/$defs/Chat/properties/entityData3/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs45 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.entityLink !== undefined){
let data22 = data2.entityLink;
const _errs47 = errors;
if(!(data22 && typeof data22 == "object" && !Array.isArray(data22))){
validate53.errors = [{instancePath:instancePath+"/chat/entityLink",schemaPath:"contract#/$defs/Chat/properties/entityLink/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
var valid3 = _errs47 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.diskFolderId !== undefined){
let data23 = data2.diskFolderId;
const _errs49 = errors;
if((!(((typeof data23 == "number") && (!(data23 % 1) && !isNaN(data23))) && (isFinite(data23)))) && (data23 !== null)){
validate53.errors = [{instancePath:instancePath+"/chat/diskFolderId",schemaPath:"contract#/$defs/Chat/properties/diskFolderId/type",keyword:"type",params:{type: schema45.properties.diskFolderId.type},message:"must be integer,null"}];
return false;
}
var valid3 = _errs49 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.permissions !== undefined){
let data24 = data2.permissions;
const _errs51 = errors;
if(!(data24 && typeof data24 == "object" && !Array.isArray(data24))){
validate53.errors = [{instancePath:instancePath+"/chat/permissions",schemaPath:"contract#/$defs/Chat/properties/permissions/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
var valid3 = _errs51 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.parentChatId !== undefined){
let data25 = data2.parentChatId;
const _errs53 = errors;
if((!(((typeof data25 == "number") && (!(data25 % 1) && !isNaN(data25))) && (isFinite(data25)))) && (data25 !== null)){
validate53.errors = [{instancePath:instancePath+"/chat/parentChatId",schemaPath:"contract#/$defs/Chat/properties/parentChatId/type",keyword:"type",params:{type: schema45.properties.parentChatId.type},message:"must be integer,null"}];
return false;
}
var valid3 = _errs53 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.parentMessageId !== undefined){
let data26 = data2.parentMessageId;
const _errs55 = errors;
if((!(((typeof data26 == "number") && (!(data26 % 1) && !isNaN(data26))) && (isFinite(data26)))) && (data26 !== null)){
validate53.errors = [{instancePath:instancePath+"/chat/parentMessageId",schemaPath:"contract#/$defs/Chat/properties/parentMessageId/type",keyword:"type",params:{type: schema45.properties.parentMessageId.type},message:"must be integer,null"}];
return false;
}
var valid3 = _errs55 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.isNew !== undefined){
const _errs57 = errors;
if(typeof data2.isNew !== "boolean"){
validate53.errors = [{instancePath:instancePath+"/chat/isNew",schemaPath:"contract#/$defs/Chat/properties/isNew/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid3 = _errs57 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.textFieldEnabled !== undefined){
let data28 = data2.textFieldEnabled;
const _errs59 = errors;
if(typeof data28 !== "string"){
validate53.errors = [{instancePath:instancePath+"/chat/textFieldEnabled",schemaPath:"contract#/$defs/Chat/properties/textFieldEnabled/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((data28 === "Y") || (data28 === "N"))){
validate53.errors = [{instancePath:instancePath+"/chat/textFieldEnabled",schemaPath:"contract#/$defs/Chat/properties/textFieldEnabled/enum",keyword:"enum",params:{allowedValues: schema45.properties.textFieldEnabled.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid3 = _errs59 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.backgroundId !== undefined){
let data29 = data2.backgroundId;
const _errs61 = errors;
if((typeof data29 !== "string") && (data29 !== null)){
validate53.errors = [{instancePath:instancePath+"/chat/backgroundId",schemaPath:"contract#/$defs/Chat/properties/backgroundId/type",keyword:"type",params:{type: schema45.properties.backgroundId.type},message:"must be string,null"}];
return false;
}
var valid3 = _errs61 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.dateCreate !== undefined){
let data30 = data2.dateCreate;
const _errs63 = errors;
if((typeof data30 !== "string") && (data30 !== null)){
validate53.errors = [{instancePath:instancePath+"/chat/dateCreate",schemaPath:"contract#/$defs/Chat/properties/dateCreate/type",keyword:"type",params:{type: schema45.properties.dateCreate.type},message:"must be string,null"}];
return false;
}
if(errors === _errs63){
if(errors === _errs63){
if(typeof data30 === "string"){
if(!(formats0(data30))){
validate53.errors = [{instancePath:instancePath+"/chat/dateCreate",schemaPath:"contract#/$defs/Chat/properties/dateCreate/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
}
}
var valid3 = _errs63 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.lastMessageId !== undefined){
let data31 = data2.lastMessageId;
const _errs65 = errors;
if((!(((typeof data31 == "number") && (!(data31 % 1) && !isNaN(data31))) && (isFinite(data31)))) && (data31 !== null)){
validate53.errors = [{instancePath:instancePath+"/chat/lastMessageId",schemaPath:"contract#/$defs/Chat/properties/lastMessageId/type",keyword:"type",params:{type: schema45.properties.lastMessageId.type},message:"must be integer,null"}];
return false;
}
var valid3 = _errs65 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.lastId !== undefined){
let data32 = data2.lastId;
const _errs67 = errors;
if((!(((typeof data32 == "number") && (!(data32 % 1) && !isNaN(data32))) && (isFinite(data32)))) && (data32 !== null)){
validate53.errors = [{instancePath:instancePath+"/chat/lastId",schemaPath:"contract#/$defs/Chat/properties/lastId/type",keyword:"type",params:{type: schema45.properties.lastId.type},message:"must be integer,null"}];
return false;
}
var valid3 = _errs67 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.managerList !== undefined){
let data33 = data2.managerList;
const _errs69 = errors;
if(errors === _errs69){
if(Array.isArray(data33)){
var valid5 = true;
const len1 = data33.length;
for(let i1=0; i1<len1; i1++){
let data34 = data33[i1];
const _errs71 = errors;
if(!(((typeof data34 == "number") && (!(data34 % 1) && !isNaN(data34))) && (isFinite(data34)))){
validate53.errors = [{instancePath:instancePath+"/chat/managerList/" + i1,schemaPath:"contract#/$defs/Chat/properties/managerList/items/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid5 = _errs71 === errors;
if(!valid5){
break;
}
}
}
else {
validate53.errors = [{instancePath:instancePath+"/chat/managerList",schemaPath:"contract#/$defs/Chat/properties/managerList/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid3 = _errs69 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.messageCount !== undefined){
let data35 = data2.messageCount;
const _errs73 = errors;
if(!(((typeof data35 == "number") && (!(data35 % 1) && !isNaN(data35))) && (isFinite(data35)))){
validate53.errors = [{instancePath:instancePath+"/chat/messageCount",schemaPath:"contract#/$defs/Chat/properties/messageCount/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid3 = _errs73 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.userCounter !== undefined){
let data36 = data2.userCounter;
const _errs75 = errors;
if(!(((typeof data36 == "number") && (!(data36 % 1) && !isNaN(data36))) && (isFinite(data36)))){
validate53.errors = [{instancePath:instancePath+"/chat/userCounter",schemaPath:"contract#/$defs/Chat/properties/userCounter/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid3 = _errs75 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.unreadId !== undefined){
let data37 = data2.unreadId;
const _errs77 = errors;
if((!(((typeof data37 == "number") && (!(data37 % 1) && !isNaN(data37))) && (isFinite(data37)))) && (data37 !== null)){
validate53.errors = [{instancePath:instancePath+"/chat/unreadId",schemaPath:"contract#/$defs/Chat/properties/unreadId/type",keyword:"type",params:{type: schema45.properties.unreadId.type},message:"must be integer,null"}];
return false;
}
var valid3 = _errs77 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.lastMessageViews !== undefined){
const _errs79 = errors;
if(typeof data2.lastMessageViews !== "string"){
validate53.errors = [{instancePath:instancePath+"/chat/lastMessageViews",schemaPath:"contract#/$defs/Chat/properties/lastMessageViews/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs79 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.markedId !== undefined){
let data39 = data2.markedId;
const _errs81 = errors;
if((!(((typeof data39 == "number") && (!(data39 % 1) && !isNaN(data39))) && (isFinite(data39)))) && (data39 !== null)){
validate53.errors = [{instancePath:instancePath+"/chat/markedId",schemaPath:"contract#/$defs/Chat/properties/markedId/type",keyword:"type",params:{type: schema45.properties.markedId.type},message:"must be integer,null"}];
return false;
}
var valid3 = _errs81 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.public !== undefined){
let data40 = data2.public;
const _errs83 = errors;
const _errs84 = errors;
let valid6 = false;
let passing0 = null;
const _errs85 = errors;
if(!(data40 && typeof data40 == "object" && !Array.isArray(data40))){
const err0 = {instancePath:instancePath+"/chat/public",schemaPath:"contract#/$defs/Chat/properties/public/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs85 === errors;
if(_valid0){
valid6 = true;
passing0 = 0;
}
const _errs87 = errors;
if(typeof data40 !== "string"){
const err1 = {instancePath:instancePath+"/chat/public",schemaPath:"contract#/$defs/Chat/properties/public/oneOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
var _valid0 = _errs87 === errors;
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
validate53.errors = vErrors;
return false;
}
else {
errors = _errs84;
if(vErrors !== null){
if(_errs84){
vErrors.length = _errs84;
}
else {
vErrors = null;
}
}
}
var valid3 = _errs83 === errors;
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
validate53.errors = [{instancePath:instancePath+"/chat",schemaPath:"contract#/$defs/Chat/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.user !== undefined){
const _errs89 = errors;
if(!(validate35(data.user, {instancePath:instancePath+"/user",parentData:data,parentDataProperty:"user",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
errors = vErrors.length;
}
var valid0 = _errs89 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.language !== undefined){
const _errs90 = errors;
if(typeof data.language !== "string"){
validate53.errors = [{instancePath:instancePath+"/language",schemaPath:"contract#/$defs/ImbotV2EventLanguage/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs90 === errors;
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
validate53.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate53.errors = vErrors;
return errors === 0;
}
validate53.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate52(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate52.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((data.eventId === undefined) && (missing0 = "eventId")) || ((data.type === undefined) && (missing0 = "type"))) || ((data.date === undefined) && (missing0 = "date"))) || ((data.data === undefined) && (missing0 = "data"))){
validate52.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.eventId !== undefined){
let data0 = data.eventId;
const _errs1 = errors;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
validate52.errors = [{instancePath:instancePath+"/eventId",schemaPath:"#/properties/eventId/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs1){
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 < 1 || isNaN(data0)){
validate52.errors = [{instancePath:instancePath+"/eventId",schemaPath:"#/properties/eventId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
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
if(data.type !== undefined){
let data1 = data.type;
const _errs3 = errors;
if(typeof data1 !== "string"){
validate52.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if("ONIMBOTV2JOINCHAT" !== data1){
validate52.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "ONIMBOTV2JOINCHAT"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.date !== undefined){
let data2 = data.date;
const _errs5 = errors;
if(errors === _errs5){
if(errors === _errs5){
if(typeof data2 === "string"){
if(!(formats0(data2))){
validate52.errors = [{instancePath:instancePath+"/date",schemaPath:"#/properties/date/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate52.errors = [{instancePath:instancePath+"/date",schemaPath:"#/properties/date/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.data !== undefined){
const _errs7 = errors;
if(!(validate53(data.data, {instancePath:instancePath+"/data",parentData:data,parentDataProperty:"data",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
errors = vErrors.length;
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
}
else {
validate52.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate52.errors = vErrors;
return errors === 0;
}
validate52.evaluated = {"props":{"eventId":true,"type":true,"date":true,"data":true},"dynamicProps":false,"dynamicItems":false};

const schema67 = {"type":"object","required":["eventId","type","date","data"],"properties":{"eventId":{"type":"integer","minimum":1},"type":{"type":"string","const":"ONIMBOTV2COMMANDADD"},"date":{"type":"string","format":"date-time"},"data":{"$ref":"contract#/$defs/ImbotV2EventCommandAddData"}}};
const schema68 = {"type":"object","required":["bot","command","message","chat","user","language"],"additionalProperties":true,"properties":{"bot":{"$ref":"contract#/$defs/ImbotV2EventBot"},"command":{"$ref":"contract#/$defs/ImbotV2EventCommand"},"message":{"$ref":"contract#/$defs/Message"},"chat":{"$ref":"contract#/$defs/Chat"},"user":{"$ref":"contract#/$defs/User"},"language":{"$ref":"contract#/$defs/ImbotV2EventLanguage"}}};
const schema69 = {"type":"object","required":["id","command"],"additionalProperties":true,"properties":{"id":{"$ref":"contract#/$defs/CommandId"},"command":{"type":"string"},"params":{"type":"string"},"context":{"type":"string","enum":["textarea","keyboard","menu"]}}};
const schema70 = {"type":"integer","minimum":1};

function validate61(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate61.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.id === undefined) && (missing0 = "id")) || ((data.command === undefined) && (missing0 = "command"))){
validate61.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.id !== undefined){
let data0 = data.id;
const _errs2 = errors;
const _errs3 = errors;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
validate61.errors = [{instancePath:instancePath+"/id",schemaPath:"contract#/$defs/CommandId/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs3){
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 < 1 || isNaN(data0)){
validate61.errors = [{instancePath:instancePath+"/id",schemaPath:"contract#/$defs/CommandId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
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
if(data.command !== undefined){
const _errs5 = errors;
if(typeof data.command !== "string"){
validate61.errors = [{instancePath:instancePath+"/command",schemaPath:"#/properties/command/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.params !== undefined){
const _errs7 = errors;
if(typeof data.params !== "string"){
validate61.errors = [{instancePath:instancePath+"/params",schemaPath:"#/properties/params/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.context !== undefined){
let data3 = data.context;
const _errs9 = errors;
if(typeof data3 !== "string"){
validate61.errors = [{instancePath:instancePath+"/context",schemaPath:"#/properties/context/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((data3 === "textarea") || (data3 === "keyboard")) || (data3 === "menu"))){
validate61.errors = [{instancePath:instancePath+"/context",schemaPath:"#/properties/context/enum",keyword:"enum",params:{allowedValues: schema69.properties.context.enum},message:"must be equal to one of the allowed values"}];
return false;
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
else {
validate61.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate61.errors = vErrors;
return errors === 0;
}
validate61.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate59(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate59.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((((data.bot === undefined) && (missing0 = "bot")) || ((data.command === undefined) && (missing0 = "command"))) || ((data.message === undefined) && (missing0 = "message"))) || ((data.chat === undefined) && (missing0 = "chat"))) || ((data.user === undefined) && (missing0 = "user"))) || ((data.language === undefined) && (missing0 = "language"))){
validate59.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.bot !== undefined){
const _errs2 = errors;
if(!(validate27(data.bot, {instancePath:instancePath+"/bot",parentData:data,parentDataProperty:"bot",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
errors = vErrors.length;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.command !== undefined){
const _errs3 = errors;
if(!(validate61(data.command, {instancePath:instancePath+"/command",parentData:data,parentDataProperty:"command",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate61.errors : vErrors.concat(validate61.errors);
errors = vErrors.length;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.message !== undefined){
const _errs4 = errors;
if(!(validate33(data.message, {instancePath:instancePath+"/message",parentData:data,parentDataProperty:"message",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
errors = vErrors.length;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.chat !== undefined){
let data3 = data.chat;
const _errs5 = errors;
const _errs6 = errors;
if(errors === _errs6){
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
let missing1;
if(((data3.id === undefined) && (missing1 = "id")) || ((data3.dialogId === undefined) && (missing1 = "dialogId"))){
validate59.errors = [{instancePath:instancePath+"/chat",schemaPath:"contract#/$defs/Chat/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data3.id !== undefined){
let data4 = data3.id;
const _errs8 = errors;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
validate59.errors = [{instancePath:instancePath+"/chat/id",schemaPath:"contract#/$defs/Chat/properties/id/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs8){
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 < 1 || isNaN(data4)){
validate59.errors = [{instancePath:instancePath+"/chat/id",schemaPath:"contract#/$defs/Chat/properties/id/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
var valid2 = _errs8 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data3.dialogId !== undefined){
const _errs10 = errors;
if(typeof data3.dialogId !== "string"){
validate59.errors = [{instancePath:instancePath+"/chat/dialogId",schemaPath:"contract#/$defs/Chat/properties/dialogId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs10 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data3.name !== undefined){
const _errs12 = errors;
if(typeof data3.name !== "string"){
validate59.errors = [{instancePath:instancePath+"/chat/name",schemaPath:"contract#/$defs/Chat/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs12 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data3.type !== undefined){
const _errs14 = errors;
if(typeof data3.type !== "string"){
validate59.errors = [{instancePath:instancePath+"/chat/type",schemaPath:"contract#/$defs/Chat/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs14 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data3.messageType !== undefined){
const _errs16 = errors;
if(typeof data3.messageType !== "string"){
validate59.errors = [{instancePath:instancePath+"/chat/messageType",schemaPath:"contract#/$defs/Chat/properties/messageType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs16 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data3.owner !== undefined){
let data9 = data3.owner;
const _errs18 = errors;
if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
validate59.errors = [{instancePath:instancePath+"/chat/owner",schemaPath:"contract#/$defs/Chat/properties/owner/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid2 = _errs18 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data3.color !== undefined){
let data10 = data3.color;
const _errs20 = errors;
if((typeof data10 !== "string") && (data10 !== null)){
validate59.errors = [{instancePath:instancePath+"/chat/color",schemaPath:"contract#/$defs/Chat/properties/color/type",keyword:"type",params:{type: schema45.properties.color.type},message:"must be string,null"}];
return false;
}
var valid2 = _errs20 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data3.avatar !== undefined){
const _errs22 = errors;
if(typeof data3.avatar !== "string"){
validate59.errors = [{instancePath:instancePath+"/chat/avatar",schemaPath:"contract#/$defs/Chat/properties/avatar/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs22 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data3.description !== undefined){
const _errs24 = errors;
if(typeof data3.description !== "string"){
validate59.errors = [{instancePath:instancePath+"/chat/description",schemaPath:"contract#/$defs/Chat/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs24 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data3.extranet !== undefined){
const _errs26 = errors;
if(typeof data3.extranet !== "boolean"){
validate59.errors = [{instancePath:instancePath+"/chat/extranet",schemaPath:"contract#/$defs/Chat/properties/extranet/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid2 = _errs26 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data3.role !== undefined){
let data14 = data3.role;
const _errs28 = errors;
if(typeof data14 !== "string"){
validate59.errors = [{instancePath:instancePath+"/chat/role",schemaPath:"contract#/$defs/Chat/properties/role/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((((data14 === "owner") || (data14 === "manager")) || (data14 === "member")) || (data14 === "guest")) || (data14 === "none"))){
validate59.errors = [{instancePath:instancePath+"/chat/role",schemaPath:"contract#/$defs/Chat/properties/role/enum",keyword:"enum",params:{allowedValues: schema45.properties.role.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid2 = _errs28 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data3.containsCollaber !== undefined){
const _errs30 = errors;
if(typeof data3.containsCollaber !== "boolean"){
validate59.errors = [{instancePath:instancePath+"/chat/containsCollaber",schemaPath:"contract#/$defs/Chat/properties/containsCollaber/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid2 = _errs30 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data3.muteList !== undefined){
let data16 = data3.muteList;
const _errs32 = errors;
if(errors === _errs32){
if(Array.isArray(data16)){
var valid3 = true;
const len0 = data16.length;
for(let i0=0; i0<len0; i0++){
let data17 = data16[i0];
const _errs34 = errors;
if(!(((typeof data17 == "number") && (!(data17 % 1) && !isNaN(data17))) && (isFinite(data17)))){
validate59.errors = [{instancePath:instancePath+"/chat/muteList/" + i0,schemaPath:"contract#/$defs/Chat/properties/muteList/items/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid3 = _errs34 === errors;
if(!valid3){
break;
}
}
}
else {
validate59.errors = [{instancePath:instancePath+"/chat/muteList",schemaPath:"contract#/$defs/Chat/properties/muteList/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid2 = _errs32 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data3.entityType !== undefined){
const _errs36 = errors;
if(typeof data3.entityType !== "string"){
validate59.errors = [{instancePath:instancePath+"/chat/entityType",schemaPath:"contract#/$defs/Chat/properties/entityType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs36 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data3.entityId !== undefined){
const _errs38 = errors;
if(typeof data3.entityId !== "string"){
validate59.errors = [{instancePath:instancePath+"/chat/entityId",schemaPath:"contract#/$defs/Chat/properties/entityId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs38 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data3.entityData1 !== undefined){
const _errs40 = errors;
if(typeof data3.entityData1 !== "string"){
validate59.errors = [{instancePath:instancePath+"/chat/entityData1",schemaPath:"contract#/$defs/Chat/properties/entityData1/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs40 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data3.entityData2 !== undefined){
const _errs42 = errors;
if(typeof data3.entityData2 !== "string"){
validate59.errors = [{instancePath:instancePath+"/chat/entityData2",schemaPath:"contract#/$defs/Chat/properties/entityData2/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs42 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data3.entityData3 !== undefined){
const _errs44 = errors;
if(typeof data3.entityData3 !== "string"){
validate59.errors = [{instancePath:instancePath+"/chat/entityData3",schemaPath:"contract#/$defs/Chat/properties/entityData3/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs44 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data3.entityLink !== undefined){
let data23 = data3.entityLink;
const _errs46 = errors;
if(!(data23 && typeof data23 == "object" && !Array.isArray(data23))){
validate59.errors = [{instancePath:instancePath+"/chat/entityLink",schemaPath:"contract#/$defs/Chat/properties/entityLink/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
var valid2 = _errs46 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data3.diskFolderId !== undefined){
let data24 = data3.diskFolderId;
const _errs48 = errors;
if((!(((typeof data24 == "number") && (!(data24 % 1) && !isNaN(data24))) && (isFinite(data24)))) && (data24 !== null)){
validate59.errors = [{instancePath:instancePath+"/chat/diskFolderId",schemaPath:"contract#/$defs/Chat/properties/diskFolderId/type",keyword:"type",params:{type: schema45.properties.diskFolderId.type},message:"must be integer,null"}];
return false;
}
var valid2 = _errs48 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data3.permissions !== undefined){
let data25 = data3.permissions;
const _errs50 = errors;
if(!(data25 && typeof data25 == "object" && !Array.isArray(data25))){
validate59.errors = [{instancePath:instancePath+"/chat/permissions",schemaPath:"contract#/$defs/Chat/properties/permissions/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
var valid2 = _errs50 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data3.parentChatId !== undefined){
let data26 = data3.parentChatId;
const _errs52 = errors;
if((!(((typeof data26 == "number") && (!(data26 % 1) && !isNaN(data26))) && (isFinite(data26)))) && (data26 !== null)){
validate59.errors = [{instancePath:instancePath+"/chat/parentChatId",schemaPath:"contract#/$defs/Chat/properties/parentChatId/type",keyword:"type",params:{type: schema45.properties.parentChatId.type},message:"must be integer,null"}];
return false;
}
var valid2 = _errs52 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data3.parentMessageId !== undefined){
let data27 = data3.parentMessageId;
const _errs54 = errors;
if((!(((typeof data27 == "number") && (!(data27 % 1) && !isNaN(data27))) && (isFinite(data27)))) && (data27 !== null)){
validate59.errors = [{instancePath:instancePath+"/chat/parentMessageId",schemaPath:"contract#/$defs/Chat/properties/parentMessageId/type",keyword:"type",params:{type: schema45.properties.parentMessageId.type},message:"must be integer,null"}];
return false;
}
var valid2 = _errs54 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data3.isNew !== undefined){
const _errs56 = errors;
if(typeof data3.isNew !== "boolean"){
validate59.errors = [{instancePath:instancePath+"/chat/isNew",schemaPath:"contract#/$defs/Chat/properties/isNew/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid2 = _errs56 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data3.textFieldEnabled !== undefined){
let data29 = data3.textFieldEnabled;
const _errs58 = errors;
if(typeof data29 !== "string"){
validate59.errors = [{instancePath:instancePath+"/chat/textFieldEnabled",schemaPath:"contract#/$defs/Chat/properties/textFieldEnabled/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((data29 === "Y") || (data29 === "N"))){
validate59.errors = [{instancePath:instancePath+"/chat/textFieldEnabled",schemaPath:"contract#/$defs/Chat/properties/textFieldEnabled/enum",keyword:"enum",params:{allowedValues: schema45.properties.textFieldEnabled.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid2 = _errs58 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data3.backgroundId !== undefined){
let data30 = data3.backgroundId;
const _errs60 = errors;
if((typeof data30 !== "string") && (data30 !== null)){
validate59.errors = [{instancePath:instancePath+"/chat/backgroundId",schemaPath:"contract#/$defs/Chat/properties/backgroundId/type",keyword:"type",params:{type: schema45.properties.backgroundId.type},message:"must be string,null"}];
return false;
}
var valid2 = _errs60 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data3.dateCreate !== undefined){
let data31 = data3.dateCreate;
const _errs62 = errors;
if((typeof data31 !== "string") && (data31 !== null)){
validate59.errors = [{instancePath:instancePath+"/chat/dateCreate",schemaPath:"contract#/$defs/Chat/properties/dateCreate/type",keyword:"type",params:{type: schema45.properties.dateCreate.type},message:"must be string,null"}];
return false;
}
if(errors === _errs62){
if(errors === _errs62){
if(typeof data31 === "string"){
if(!(formats0(data31))){
validate59.errors = [{instancePath:instancePath+"/chat/dateCreate",schemaPath:"contract#/$defs/Chat/properties/dateCreate/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
}
}
var valid2 = _errs62 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data3.lastMessageId !== undefined){
let data32 = data3.lastMessageId;
const _errs64 = errors;
if((!(((typeof data32 == "number") && (!(data32 % 1) && !isNaN(data32))) && (isFinite(data32)))) && (data32 !== null)){
validate59.errors = [{instancePath:instancePath+"/chat/lastMessageId",schemaPath:"contract#/$defs/Chat/properties/lastMessageId/type",keyword:"type",params:{type: schema45.properties.lastMessageId.type},message:"must be integer,null"}];
return false;
}
var valid2 = _errs64 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data3.lastId !== undefined){
let data33 = data3.lastId;
const _errs66 = errors;
if((!(((typeof data33 == "number") && (!(data33 % 1) && !isNaN(data33))) && (isFinite(data33)))) && (data33 !== null)){
validate59.errors = [{instancePath:instancePath+"/chat/lastId",schemaPath:"contract#/$defs/Chat/properties/lastId/type",keyword:"type",params:{type: schema45.properties.lastId.type},message:"must be integer,null"}];
return false;
}
var valid2 = _errs66 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data3.managerList !== undefined){
let data34 = data3.managerList;
const _errs68 = errors;
if(errors === _errs68){
if(Array.isArray(data34)){
var valid4 = true;
const len1 = data34.length;
for(let i1=0; i1<len1; i1++){
let data35 = data34[i1];
const _errs70 = errors;
if(!(((typeof data35 == "number") && (!(data35 % 1) && !isNaN(data35))) && (isFinite(data35)))){
validate59.errors = [{instancePath:instancePath+"/chat/managerList/" + i1,schemaPath:"contract#/$defs/Chat/properties/managerList/items/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid4 = _errs70 === errors;
if(!valid4){
break;
}
}
}
else {
validate59.errors = [{instancePath:instancePath+"/chat/managerList",schemaPath:"contract#/$defs/Chat/properties/managerList/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid2 = _errs68 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data3.messageCount !== undefined){
let data36 = data3.messageCount;
const _errs72 = errors;
if(!(((typeof data36 == "number") && (!(data36 % 1) && !isNaN(data36))) && (isFinite(data36)))){
validate59.errors = [{instancePath:instancePath+"/chat/messageCount",schemaPath:"contract#/$defs/Chat/properties/messageCount/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid2 = _errs72 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data3.userCounter !== undefined){
let data37 = data3.userCounter;
const _errs74 = errors;
if(!(((typeof data37 == "number") && (!(data37 % 1) && !isNaN(data37))) && (isFinite(data37)))){
validate59.errors = [{instancePath:instancePath+"/chat/userCounter",schemaPath:"contract#/$defs/Chat/properties/userCounter/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid2 = _errs74 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data3.unreadId !== undefined){
let data38 = data3.unreadId;
const _errs76 = errors;
if((!(((typeof data38 == "number") && (!(data38 % 1) && !isNaN(data38))) && (isFinite(data38)))) && (data38 !== null)){
validate59.errors = [{instancePath:instancePath+"/chat/unreadId",schemaPath:"contract#/$defs/Chat/properties/unreadId/type",keyword:"type",params:{type: schema45.properties.unreadId.type},message:"must be integer,null"}];
return false;
}
var valid2 = _errs76 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data3.lastMessageViews !== undefined){
const _errs78 = errors;
if(typeof data3.lastMessageViews !== "string"){
validate59.errors = [{instancePath:instancePath+"/chat/lastMessageViews",schemaPath:"contract#/$defs/Chat/properties/lastMessageViews/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs78 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data3.markedId !== undefined){
let data40 = data3.markedId;
const _errs80 = errors;
if((!(((typeof data40 == "number") && (!(data40 % 1) && !isNaN(data40))) && (isFinite(data40)))) && (data40 !== null)){
validate59.errors = [{instancePath:instancePath+"/chat/markedId",schemaPath:"contract#/$defs/Chat/properties/markedId/type",keyword:"type",params:{type: schema45.properties.markedId.type},message:"must be integer,null"}];
return false;
}
var valid2 = _errs80 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data3.public !== undefined){
let data41 = data3.public;
const _errs82 = errors;
const _errs83 = errors;
let valid5 = false;
let passing0 = null;
const _errs84 = errors;
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
var _valid0 = _errs84 === errors;
if(_valid0){
valid5 = true;
passing0 = 0;
}
const _errs86 = errors;
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
var _valid0 = _errs86 === errors;
if(_valid0 && valid5){
valid5 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid5 = true;
passing0 = 1;
}
}
if(!valid5){
const err2 = {instancePath:instancePath+"/chat/public",schemaPath:"contract#/$defs/Chat/properties/public/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
validate59.errors = vErrors;
return false;
}
else {
errors = _errs83;
if(vErrors !== null){
if(_errs83){
vErrors.length = _errs83;
}
else {
vErrors = null;
}
}
}
var valid2 = _errs82 === errors;
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
validate59.errors = [{instancePath:instancePath+"/chat",schemaPath:"contract#/$defs/Chat/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.user !== undefined){
const _errs88 = errors;
if(!(validate35(data.user, {instancePath:instancePath+"/user",parentData:data,parentDataProperty:"user",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
errors = vErrors.length;
}
var valid0 = _errs88 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.language !== undefined){
const _errs89 = errors;
if(typeof data.language !== "string"){
validate59.errors = [{instancePath:instancePath+"/language",schemaPath:"contract#/$defs/ImbotV2EventLanguage/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs89 === errors;
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
validate59.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate59.errors = vErrors;
return errors === 0;
}
validate59.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate58(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate58.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((data.eventId === undefined) && (missing0 = "eventId")) || ((data.type === undefined) && (missing0 = "type"))) || ((data.date === undefined) && (missing0 = "date"))) || ((data.data === undefined) && (missing0 = "data"))){
validate58.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.eventId !== undefined){
let data0 = data.eventId;
const _errs1 = errors;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
validate58.errors = [{instancePath:instancePath+"/eventId",schemaPath:"#/properties/eventId/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs1){
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 < 1 || isNaN(data0)){
validate58.errors = [{instancePath:instancePath+"/eventId",schemaPath:"#/properties/eventId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
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
if(data.type !== undefined){
let data1 = data.type;
const _errs3 = errors;
if(typeof data1 !== "string"){
validate58.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if("ONIMBOTV2COMMANDADD" !== data1){
validate58.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "ONIMBOTV2COMMANDADD"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.date !== undefined){
let data2 = data.date;
const _errs5 = errors;
if(errors === _errs5){
if(errors === _errs5){
if(typeof data2 === "string"){
if(!(formats0(data2))){
validate58.errors = [{instancePath:instancePath+"/date",schemaPath:"#/properties/date/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate58.errors = [{instancePath:instancePath+"/date",schemaPath:"#/properties/date/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.data !== undefined){
const _errs7 = errors;
if(!(validate59(data.data, {instancePath:instancePath+"/data",parentData:data,parentDataProperty:"data",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate59.errors : vErrors.concat(validate59.errors);
errors = vErrors.length;
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
}
else {
validate58.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate58.errors = vErrors;
return errors === 0;
}
validate58.evaluated = {"props":{"eventId":true,"type":true,"date":true,"data":true},"dynamicProps":false,"dynamicItems":false};

const schema73 = {"type":"object","required":["eventId","type","date","data"],"properties":{"eventId":{"type":"integer","minimum":1},"type":{"type":"string","const":"ONIMBOTV2REACTIONCHANGE"},"date":{"type":"string","format":"date-time"},"data":{"$ref":"contract#/$defs/ImbotV2EventReactionChangeData"}}};
const schema74 = {"type":"object","required":["bot","reaction","action","message","chat","user","language"],"additionalProperties":true,"properties":{"bot":{"$ref":"contract#/$defs/ImbotV2EventBot"},"reaction":{"$ref":"contract#/$defs/ImbotV2ReactionCode"},"action":{"type":"string","enum":["add","delete"]},"message":{"$ref":"contract#/$defs/Message"},"chat":{"$ref":"contract#/$defs/Chat"},"user":{"$ref":"contract#/$defs/User"},"language":{"$ref":"contract#/$defs/ImbotV2EventLanguage"}}};
const schema75 = {"anyOf":[{"$ref":"contract#/$defs/ImbotV2KnownReactionCode"},{"type":"string","minLength":1}]};
const schema76 = {"type":"string","enum":["like","dislike","faceWithTearsOfJoy","redHeart","neutralFace","fire","cry","slightlySmilingFace","winkingFace","laugh","kiss","wonder","slightlyFrowningFace","loudlyCryingFace","faceWithStuckOutTongue","faceWithStuckOutTongueAndWinkingEye","smilingFaceWithSunglasses","confusedFace","flushedFace","thinkingFace","angry","smilingFaceWithHorns","faceWithThermometer","facepalm","poo","flexedBiceps","clappingHands","raisedHand","smilingFaceWithHeartEyes","smilingFaceWithHearts","pleadingFace","relievedFace","foldedHands","okHand","signHorns","loveYouGesture","clownFace","partyingFace","questionMark","exclamationMark","lightBulb","bomb","sleepingSymbol","crossMark","whiteHeavyCheckMark","eyes","handshake","hundredPoints"]};

function validate70(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate70.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
let valid0 = false;
const _errs1 = errors;
if(typeof data !== "string"){
const err0 = {instancePath,schemaPath:"contract#/$defs/ImbotV2KnownReactionCode/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!((((((((((((((((((((((((((((((((((((((((((((((((data === "like") || (data === "dislike")) || (data === "faceWithTearsOfJoy")) || (data === "redHeart")) || (data === "neutralFace")) || (data === "fire")) || (data === "cry")) || (data === "slightlySmilingFace")) || (data === "winkingFace")) || (data === "laugh")) || (data === "kiss")) || (data === "wonder")) || (data === "slightlyFrowningFace")) || (data === "loudlyCryingFace")) || (data === "faceWithStuckOutTongue")) || (data === "faceWithStuckOutTongueAndWinkingEye")) || (data === "smilingFaceWithSunglasses")) || (data === "confusedFace")) || (data === "flushedFace")) || (data === "thinkingFace")) || (data === "angry")) || (data === "smilingFaceWithHorns")) || (data === "faceWithThermometer")) || (data === "facepalm")) || (data === "poo")) || (data === "flexedBiceps")) || (data === "clappingHands")) || (data === "raisedHand")) || (data === "smilingFaceWithHeartEyes")) || (data === "smilingFaceWithHearts")) || (data === "pleadingFace")) || (data === "relievedFace")) || (data === "foldedHands")) || (data === "okHand")) || (data === "signHorns")) || (data === "loveYouGesture")) || (data === "clownFace")) || (data === "partyingFace")) || (data === "questionMark")) || (data === "exclamationMark")) || (data === "lightBulb")) || (data === "bomb")) || (data === "sleepingSymbol")) || (data === "crossMark")) || (data === "whiteHeavyCheckMark")) || (data === "eyes")) || (data === "handshake")) || (data === "hundredPoints"))){
const err1 = {instancePath,schemaPath:"contract#/$defs/ImbotV2KnownReactionCode/enum",keyword:"enum",params:{allowedValues: schema76.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
var _valid0 = _errs1 === errors;
valid0 = valid0 || _valid0;
const _errs4 = errors;
if(errors === _errs4){
if(typeof data === "string"){
if(func1(data) < 1){
const err2 = {instancePath,schemaPath:"#/anyOf/1/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath,schemaPath:"#/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
var _valid0 = _errs4 === errors;
valid0 = valid0 || _valid0;
if(!valid0){
const err4 = {instancePath,schemaPath:"#/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
validate70.errors = vErrors;
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
validate70.errors = vErrors;
return errors === 0;
}
validate70.evaluated = {"dynamicProps":false,"dynamicItems":false};


function validate68(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate68.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((((((data.bot === undefined) && (missing0 = "bot")) || ((data.reaction === undefined) && (missing0 = "reaction"))) || ((data.action === undefined) && (missing0 = "action"))) || ((data.message === undefined) && (missing0 = "message"))) || ((data.chat === undefined) && (missing0 = "chat"))) || ((data.user === undefined) && (missing0 = "user"))) || ((data.language === undefined) && (missing0 = "language"))){
validate68.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.bot !== undefined){
const _errs2 = errors;
if(!(validate27(data.bot, {instancePath:instancePath+"/bot",parentData:data,parentDataProperty:"bot",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
errors = vErrors.length;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.reaction !== undefined){
const _errs3 = errors;
if(!(validate70(data.reaction, {instancePath:instancePath+"/reaction",parentData:data,parentDataProperty:"reaction",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate70.errors : vErrors.concat(validate70.errors);
errors = vErrors.length;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.action !== undefined){
let data2 = data.action;
const _errs4 = errors;
if(typeof data2 !== "string"){
validate68.errors = [{instancePath:instancePath+"/action",schemaPath:"#/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((data2 === "add") || (data2 === "delete"))){
validate68.errors = [{instancePath:instancePath+"/action",schemaPath:"#/properties/action/enum",keyword:"enum",params:{allowedValues: schema74.properties.action.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.message !== undefined){
const _errs6 = errors;
if(!(validate33(data.message, {instancePath:instancePath+"/message",parentData:data,parentDataProperty:"message",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
errors = vErrors.length;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.chat !== undefined){
let data4 = data.chat;
const _errs7 = errors;
const _errs8 = errors;
if(errors === _errs8){
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
let missing1;
if(((data4.id === undefined) && (missing1 = "id")) || ((data4.dialogId === undefined) && (missing1 = "dialogId"))){
validate68.errors = [{instancePath:instancePath+"/chat",schemaPath:"contract#/$defs/Chat/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data4.id !== undefined){
let data5 = data4.id;
const _errs10 = errors;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
validate68.errors = [{instancePath:instancePath+"/chat/id",schemaPath:"contract#/$defs/Chat/properties/id/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs10){
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 < 1 || isNaN(data5)){
validate68.errors = [{instancePath:instancePath+"/chat/id",schemaPath:"contract#/$defs/Chat/properties/id/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
var valid2 = _errs10 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data4.dialogId !== undefined){
const _errs12 = errors;
if(typeof data4.dialogId !== "string"){
validate68.errors = [{instancePath:instancePath+"/chat/dialogId",schemaPath:"contract#/$defs/Chat/properties/dialogId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs12 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data4.name !== undefined){
const _errs14 = errors;
if(typeof data4.name !== "string"){
validate68.errors = [{instancePath:instancePath+"/chat/name",schemaPath:"contract#/$defs/Chat/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs14 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data4.type !== undefined){
const _errs16 = errors;
if(typeof data4.type !== "string"){
validate68.errors = [{instancePath:instancePath+"/chat/type",schemaPath:"contract#/$defs/Chat/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs16 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data4.messageType !== undefined){
const _errs18 = errors;
if(typeof data4.messageType !== "string"){
validate68.errors = [{instancePath:instancePath+"/chat/messageType",schemaPath:"contract#/$defs/Chat/properties/messageType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs18 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data4.owner !== undefined){
let data10 = data4.owner;
const _errs20 = errors;
if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){
validate68.errors = [{instancePath:instancePath+"/chat/owner",schemaPath:"contract#/$defs/Chat/properties/owner/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid2 = _errs20 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data4.color !== undefined){
let data11 = data4.color;
const _errs22 = errors;
if((typeof data11 !== "string") && (data11 !== null)){
validate68.errors = [{instancePath:instancePath+"/chat/color",schemaPath:"contract#/$defs/Chat/properties/color/type",keyword:"type",params:{type: schema45.properties.color.type},message:"must be string,null"}];
return false;
}
var valid2 = _errs22 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data4.avatar !== undefined){
const _errs24 = errors;
if(typeof data4.avatar !== "string"){
validate68.errors = [{instancePath:instancePath+"/chat/avatar",schemaPath:"contract#/$defs/Chat/properties/avatar/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs24 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data4.description !== undefined){
const _errs26 = errors;
if(typeof data4.description !== "string"){
validate68.errors = [{instancePath:instancePath+"/chat/description",schemaPath:"contract#/$defs/Chat/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs26 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data4.extranet !== undefined){
const _errs28 = errors;
if(typeof data4.extranet !== "boolean"){
validate68.errors = [{instancePath:instancePath+"/chat/extranet",schemaPath:"contract#/$defs/Chat/properties/extranet/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid2 = _errs28 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data4.role !== undefined){
let data15 = data4.role;
const _errs30 = errors;
if(typeof data15 !== "string"){
validate68.errors = [{instancePath:instancePath+"/chat/role",schemaPath:"contract#/$defs/Chat/properties/role/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((((data15 === "owner") || (data15 === "manager")) || (data15 === "member")) || (data15 === "guest")) || (data15 === "none"))){
validate68.errors = [{instancePath:instancePath+"/chat/role",schemaPath:"contract#/$defs/Chat/properties/role/enum",keyword:"enum",params:{allowedValues: schema45.properties.role.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid2 = _errs30 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data4.containsCollaber !== undefined){
const _errs32 = errors;
if(typeof data4.containsCollaber !== "boolean"){
validate68.errors = [{instancePath:instancePath+"/chat/containsCollaber",schemaPath:"contract#/$defs/Chat/properties/containsCollaber/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid2 = _errs32 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data4.muteList !== undefined){
let data17 = data4.muteList;
const _errs34 = errors;
if(errors === _errs34){
if(Array.isArray(data17)){
var valid3 = true;
const len0 = data17.length;
for(let i0=0; i0<len0; i0++){
let data18 = data17[i0];
const _errs36 = errors;
if(!(((typeof data18 == "number") && (!(data18 % 1) && !isNaN(data18))) && (isFinite(data18)))){
validate68.errors = [{instancePath:instancePath+"/chat/muteList/" + i0,schemaPath:"contract#/$defs/Chat/properties/muteList/items/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid3 = _errs36 === errors;
if(!valid3){
break;
}
}
}
else {
validate68.errors = [{instancePath:instancePath+"/chat/muteList",schemaPath:"contract#/$defs/Chat/properties/muteList/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid2 = _errs34 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data4.entityType !== undefined){
const _errs38 = errors;
if(typeof data4.entityType !== "string"){
validate68.errors = [{instancePath:instancePath+"/chat/entityType",schemaPath:"contract#/$defs/Chat/properties/entityType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs38 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data4.entityId !== undefined){
const _errs40 = errors;
if(typeof data4.entityId !== "string"){
validate68.errors = [{instancePath:instancePath+"/chat/entityId",schemaPath:"contract#/$defs/Chat/properties/entityId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs40 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data4.entityData1 !== undefined){
const _errs42 = errors;
if(typeof data4.entityData1 !== "string"){
validate68.errors = [{instancePath:instancePath+"/chat/entityData1",schemaPath:"contract#/$defs/Chat/properties/entityData1/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs42 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data4.entityData2 !== undefined){
const _errs44 = errors;
if(typeof data4.entityData2 !== "string"){
validate68.errors = [{instancePath:instancePath+"/chat/entityData2",schemaPath:"contract#/$defs/Chat/properties/entityData2/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs44 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data4.entityData3 !== undefined){
const _errs46 = errors;
if(typeof data4.entityData3 !== "string"){
validate68.errors = [{instancePath:instancePath+"/chat/entityData3",schemaPath:"contract#/$defs/Chat/properties/entityData3/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs46 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data4.entityLink !== undefined){
let data24 = data4.entityLink;
const _errs48 = errors;
if(!(data24 && typeof data24 == "object" && !Array.isArray(data24))){
validate68.errors = [{instancePath:instancePath+"/chat/entityLink",schemaPath:"contract#/$defs/Chat/properties/entityLink/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
var valid2 = _errs48 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data4.diskFolderId !== undefined){
let data25 = data4.diskFolderId;
const _errs50 = errors;
if((!(((typeof data25 == "number") && (!(data25 % 1) && !isNaN(data25))) && (isFinite(data25)))) && (data25 !== null)){
validate68.errors = [{instancePath:instancePath+"/chat/diskFolderId",schemaPath:"contract#/$defs/Chat/properties/diskFolderId/type",keyword:"type",params:{type: schema45.properties.diskFolderId.type},message:"must be integer,null"}];
return false;
}
var valid2 = _errs50 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data4.permissions !== undefined){
let data26 = data4.permissions;
const _errs52 = errors;
if(!(data26 && typeof data26 == "object" && !Array.isArray(data26))){
validate68.errors = [{instancePath:instancePath+"/chat/permissions",schemaPath:"contract#/$defs/Chat/properties/permissions/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
var valid2 = _errs52 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data4.parentChatId !== undefined){
let data27 = data4.parentChatId;
const _errs54 = errors;
if((!(((typeof data27 == "number") && (!(data27 % 1) && !isNaN(data27))) && (isFinite(data27)))) && (data27 !== null)){
validate68.errors = [{instancePath:instancePath+"/chat/parentChatId",schemaPath:"contract#/$defs/Chat/properties/parentChatId/type",keyword:"type",params:{type: schema45.properties.parentChatId.type},message:"must be integer,null"}];
return false;
}
var valid2 = _errs54 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data4.parentMessageId !== undefined){
let data28 = data4.parentMessageId;
const _errs56 = errors;
if((!(((typeof data28 == "number") && (!(data28 % 1) && !isNaN(data28))) && (isFinite(data28)))) && (data28 !== null)){
validate68.errors = [{instancePath:instancePath+"/chat/parentMessageId",schemaPath:"contract#/$defs/Chat/properties/parentMessageId/type",keyword:"type",params:{type: schema45.properties.parentMessageId.type},message:"must be integer,null"}];
return false;
}
var valid2 = _errs56 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data4.isNew !== undefined){
const _errs58 = errors;
if(typeof data4.isNew !== "boolean"){
validate68.errors = [{instancePath:instancePath+"/chat/isNew",schemaPath:"contract#/$defs/Chat/properties/isNew/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid2 = _errs58 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data4.textFieldEnabled !== undefined){
let data30 = data4.textFieldEnabled;
const _errs60 = errors;
if(typeof data30 !== "string"){
validate68.errors = [{instancePath:instancePath+"/chat/textFieldEnabled",schemaPath:"contract#/$defs/Chat/properties/textFieldEnabled/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((data30 === "Y") || (data30 === "N"))){
validate68.errors = [{instancePath:instancePath+"/chat/textFieldEnabled",schemaPath:"contract#/$defs/Chat/properties/textFieldEnabled/enum",keyword:"enum",params:{allowedValues: schema45.properties.textFieldEnabled.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid2 = _errs60 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data4.backgroundId !== undefined){
let data31 = data4.backgroundId;
const _errs62 = errors;
if((typeof data31 !== "string") && (data31 !== null)){
validate68.errors = [{instancePath:instancePath+"/chat/backgroundId",schemaPath:"contract#/$defs/Chat/properties/backgroundId/type",keyword:"type",params:{type: schema45.properties.backgroundId.type},message:"must be string,null"}];
return false;
}
var valid2 = _errs62 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data4.dateCreate !== undefined){
let data32 = data4.dateCreate;
const _errs64 = errors;
if((typeof data32 !== "string") && (data32 !== null)){
validate68.errors = [{instancePath:instancePath+"/chat/dateCreate",schemaPath:"contract#/$defs/Chat/properties/dateCreate/type",keyword:"type",params:{type: schema45.properties.dateCreate.type},message:"must be string,null"}];
return false;
}
if(errors === _errs64){
if(errors === _errs64){
if(typeof data32 === "string"){
if(!(formats0(data32))){
validate68.errors = [{instancePath:instancePath+"/chat/dateCreate",schemaPath:"contract#/$defs/Chat/properties/dateCreate/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
}
}
var valid2 = _errs64 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data4.lastMessageId !== undefined){
let data33 = data4.lastMessageId;
const _errs66 = errors;
if((!(((typeof data33 == "number") && (!(data33 % 1) && !isNaN(data33))) && (isFinite(data33)))) && (data33 !== null)){
validate68.errors = [{instancePath:instancePath+"/chat/lastMessageId",schemaPath:"contract#/$defs/Chat/properties/lastMessageId/type",keyword:"type",params:{type: schema45.properties.lastMessageId.type},message:"must be integer,null"}];
return false;
}
var valid2 = _errs66 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data4.lastId !== undefined){
let data34 = data4.lastId;
const _errs68 = errors;
if((!(((typeof data34 == "number") && (!(data34 % 1) && !isNaN(data34))) && (isFinite(data34)))) && (data34 !== null)){
validate68.errors = [{instancePath:instancePath+"/chat/lastId",schemaPath:"contract#/$defs/Chat/properties/lastId/type",keyword:"type",params:{type: schema45.properties.lastId.type},message:"must be integer,null"}];
return false;
}
var valid2 = _errs68 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data4.managerList !== undefined){
let data35 = data4.managerList;
const _errs70 = errors;
if(errors === _errs70){
if(Array.isArray(data35)){
var valid4 = true;
const len1 = data35.length;
for(let i1=0; i1<len1; i1++){
let data36 = data35[i1];
const _errs72 = errors;
if(!(((typeof data36 == "number") && (!(data36 % 1) && !isNaN(data36))) && (isFinite(data36)))){
validate68.errors = [{instancePath:instancePath+"/chat/managerList/" + i1,schemaPath:"contract#/$defs/Chat/properties/managerList/items/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid4 = _errs72 === errors;
if(!valid4){
break;
}
}
}
else {
validate68.errors = [{instancePath:instancePath+"/chat/managerList",schemaPath:"contract#/$defs/Chat/properties/managerList/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid2 = _errs70 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data4.messageCount !== undefined){
let data37 = data4.messageCount;
const _errs74 = errors;
if(!(((typeof data37 == "number") && (!(data37 % 1) && !isNaN(data37))) && (isFinite(data37)))){
validate68.errors = [{instancePath:instancePath+"/chat/messageCount",schemaPath:"contract#/$defs/Chat/properties/messageCount/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid2 = _errs74 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data4.userCounter !== undefined){
let data38 = data4.userCounter;
const _errs76 = errors;
if(!(((typeof data38 == "number") && (!(data38 % 1) && !isNaN(data38))) && (isFinite(data38)))){
validate68.errors = [{instancePath:instancePath+"/chat/userCounter",schemaPath:"contract#/$defs/Chat/properties/userCounter/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid2 = _errs76 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data4.unreadId !== undefined){
let data39 = data4.unreadId;
const _errs78 = errors;
if((!(((typeof data39 == "number") && (!(data39 % 1) && !isNaN(data39))) && (isFinite(data39)))) && (data39 !== null)){
validate68.errors = [{instancePath:instancePath+"/chat/unreadId",schemaPath:"contract#/$defs/Chat/properties/unreadId/type",keyword:"type",params:{type: schema45.properties.unreadId.type},message:"must be integer,null"}];
return false;
}
var valid2 = _errs78 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data4.lastMessageViews !== undefined){
const _errs80 = errors;
if(typeof data4.lastMessageViews !== "string"){
validate68.errors = [{instancePath:instancePath+"/chat/lastMessageViews",schemaPath:"contract#/$defs/Chat/properties/lastMessageViews/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs80 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data4.markedId !== undefined){
let data41 = data4.markedId;
const _errs82 = errors;
if((!(((typeof data41 == "number") && (!(data41 % 1) && !isNaN(data41))) && (isFinite(data41)))) && (data41 !== null)){
validate68.errors = [{instancePath:instancePath+"/chat/markedId",schemaPath:"contract#/$defs/Chat/properties/markedId/type",keyword:"type",params:{type: schema45.properties.markedId.type},message:"must be integer,null"}];
return false;
}
var valid2 = _errs82 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data4.public !== undefined){
let data42 = data4.public;
const _errs84 = errors;
const _errs85 = errors;
let valid5 = false;
let passing0 = null;
const _errs86 = errors;
if(!(data42 && typeof data42 == "object" && !Array.isArray(data42))){
const err0 = {instancePath:instancePath+"/chat/public",schemaPath:"contract#/$defs/Chat/properties/public/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs86 === errors;
if(_valid0){
valid5 = true;
passing0 = 0;
}
const _errs88 = errors;
if(typeof data42 !== "string"){
const err1 = {instancePath:instancePath+"/chat/public",schemaPath:"contract#/$defs/Chat/properties/public/oneOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
var _valid0 = _errs88 === errors;
if(_valid0 && valid5){
valid5 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid5 = true;
passing0 = 1;
}
}
if(!valid5){
const err2 = {instancePath:instancePath+"/chat/public",schemaPath:"contract#/$defs/Chat/properties/public/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
validate68.errors = vErrors;
return false;
}
else {
errors = _errs85;
if(vErrors !== null){
if(_errs85){
vErrors.length = _errs85;
}
else {
vErrors = null;
}
}
}
var valid2 = _errs84 === errors;
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
validate68.errors = [{instancePath:instancePath+"/chat",schemaPath:"contract#/$defs/Chat/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.user !== undefined){
const _errs90 = errors;
if(!(validate35(data.user, {instancePath:instancePath+"/user",parentData:data,parentDataProperty:"user",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
errors = vErrors.length;
}
var valid0 = _errs90 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.language !== undefined){
const _errs91 = errors;
if(typeof data.language !== "string"){
validate68.errors = [{instancePath:instancePath+"/language",schemaPath:"contract#/$defs/ImbotV2EventLanguage/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs91 === errors;
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
else {
validate68.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate68.errors = vErrors;
return errors === 0;
}
validate68.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate67(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate67.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((data.eventId === undefined) && (missing0 = "eventId")) || ((data.type === undefined) && (missing0 = "type"))) || ((data.date === undefined) && (missing0 = "date"))) || ((data.data === undefined) && (missing0 = "data"))){
validate67.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.eventId !== undefined){
let data0 = data.eventId;
const _errs1 = errors;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
validate67.errors = [{instancePath:instancePath+"/eventId",schemaPath:"#/properties/eventId/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs1){
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 < 1 || isNaN(data0)){
validate67.errors = [{instancePath:instancePath+"/eventId",schemaPath:"#/properties/eventId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
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
if(data.type !== undefined){
let data1 = data.type;
const _errs3 = errors;
if(typeof data1 !== "string"){
validate67.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if("ONIMBOTV2REACTIONCHANGE" !== data1){
validate67.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "ONIMBOTV2REACTIONCHANGE"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.date !== undefined){
let data2 = data.date;
const _errs5 = errors;
if(errors === _errs5){
if(errors === _errs5){
if(typeof data2 === "string"){
if(!(formats0(data2))){
validate67.errors = [{instancePath:instancePath+"/date",schemaPath:"#/properties/date/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate67.errors = [{instancePath:instancePath+"/date",schemaPath:"#/properties/date/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.data !== undefined){
const _errs7 = errors;
if(!(validate68(data.data, {instancePath:instancePath+"/data",parentData:data,parentDataProperty:"data",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate68.errors : vErrors.concat(validate68.errors);
errors = vErrors.length;
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
}
else {
validate67.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate67.errors = vErrors;
return errors === 0;
}
validate67.evaluated = {"props":{"eventId":true,"type":true,"date":true,"data":true},"dynamicProps":false,"dynamicItems":false};

const schema79 = {"type":"object","required":["eventId","type","date","data"],"properties":{"eventId":{"type":"integer","minimum":1},"type":{"type":"string","const":"ONIMBOTV2CONTEXTGET"},"date":{"type":"string","format":"date-time"},"data":{"$ref":"contract#/$defs/ImbotV2EventContextGetData"}}};
const schema80 = {"type":"object","required":["bot","dialogId","context","chat","user","language"],"additionalProperties":true,"properties":{"bot":{"$ref":"contract#/$defs/ImbotV2EventBot"},"dialogId":{"$ref":"contract#/$defs/DialogId"},"context":{"type":"object","additionalProperties":true},"chat":{"$ref":"contract#/$defs/Chat"},"user":{"$ref":"contract#/$defs/User"},"language":{"$ref":"contract#/$defs/ImbotV2EventLanguage"}}};

function validate77(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate77.evaluated;
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
validate77.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.bot !== undefined){
const _errs2 = errors;
if(!(validate27(data.bot, {instancePath:instancePath+"/bot",parentData:data,parentDataProperty:"bot",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
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
validate77.errors = [{instancePath:instancePath+"/dialogId",schemaPath:"contract#/$defs/DialogId/pattern",keyword:"pattern",params:{pattern: "^(chat[1-9][0-9]*|[1-9][0-9]*)$"},message:"must match pattern \""+"^(chat[1-9][0-9]*|[1-9][0-9]*)$"+"\""}];
return false;
}
}
else {
validate77.errors = [{instancePath:instancePath+"/dialogId",schemaPath:"contract#/$defs/DialogId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate77.errors = [{instancePath:instancePath+"/context",schemaPath:"#/properties/context/type",keyword:"type",params:{type: "object"},message:"must be object"}];
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
validate77.errors = [{instancePath:instancePath+"/chat",schemaPath:"contract#/$defs/Chat/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data3.id !== undefined){
let data4 = data3.id;
const _errs12 = errors;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
validate77.errors = [{instancePath:instancePath+"/chat/id",schemaPath:"contract#/$defs/Chat/properties/id/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs12){
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 < 1 || isNaN(data4)){
validate77.errors = [{instancePath:instancePath+"/chat/id",schemaPath:"contract#/$defs/Chat/properties/id/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
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
validate77.errors = [{instancePath:instancePath+"/chat/dialogId",schemaPath:"contract#/$defs/Chat/properties/dialogId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate77.errors = [{instancePath:instancePath+"/chat/name",schemaPath:"contract#/$defs/Chat/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate77.errors = [{instancePath:instancePath+"/chat/type",schemaPath:"contract#/$defs/Chat/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate77.errors = [{instancePath:instancePath+"/chat/messageType",schemaPath:"contract#/$defs/Chat/properties/messageType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate77.errors = [{instancePath:instancePath+"/chat/owner",schemaPath:"contract#/$defs/Chat/properties/owner/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
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
validate77.errors = [{instancePath:instancePath+"/chat/color",schemaPath:"contract#/$defs/Chat/properties/color/type",keyword:"type",params:{type: schema45.properties.color.type},message:"must be string,null"}];
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
validate77.errors = [{instancePath:instancePath+"/chat/avatar",schemaPath:"contract#/$defs/Chat/properties/avatar/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate77.errors = [{instancePath:instancePath+"/chat/description",schemaPath:"contract#/$defs/Chat/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate77.errors = [{instancePath:instancePath+"/chat/extranet",schemaPath:"contract#/$defs/Chat/properties/extranet/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
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
validate77.errors = [{instancePath:instancePath+"/chat/role",schemaPath:"contract#/$defs/Chat/properties/role/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((((data14 === "owner") || (data14 === "manager")) || (data14 === "member")) || (data14 === "guest")) || (data14 === "none"))){
validate77.errors = [{instancePath:instancePath+"/chat/role",schemaPath:"contract#/$defs/Chat/properties/role/enum",keyword:"enum",params:{allowedValues: schema45.properties.role.enum},message:"must be equal to one of the allowed values"}];
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
validate77.errors = [{instancePath:instancePath+"/chat/containsCollaber",schemaPath:"contract#/$defs/Chat/properties/containsCollaber/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
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
validate77.errors = [{instancePath:instancePath+"/chat/muteList/" + i0,schemaPath:"contract#/$defs/Chat/properties/muteList/items/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid4 = _errs38 === errors;
if(!valid4){
break;
}
}
}
else {
validate77.errors = [{instancePath:instancePath+"/chat/muteList",schemaPath:"contract#/$defs/Chat/properties/muteList/type",keyword:"type",params:{type: "array"},message:"must be array"}];
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
validate77.errors = [{instancePath:instancePath+"/chat/entityType",schemaPath:"contract#/$defs/Chat/properties/entityType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate77.errors = [{instancePath:instancePath+"/chat/entityId",schemaPath:"contract#/$defs/Chat/properties/entityId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate77.errors = [{instancePath:instancePath+"/chat/entityData1",schemaPath:"contract#/$defs/Chat/properties/entityData1/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate77.errors = [{instancePath:instancePath+"/chat/entityData2",schemaPath:"contract#/$defs/Chat/properties/entityData2/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate77.errors = [{instancePath:instancePath+"/chat/entityData3",schemaPath:"contract#/$defs/Chat/properties/entityData3/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate77.errors = [{instancePath:instancePath+"/chat/entityLink",schemaPath:"contract#/$defs/Chat/properties/entityLink/type",keyword:"type",params:{type: "object"},message:"must be object"}];
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
validate77.errors = [{instancePath:instancePath+"/chat/diskFolderId",schemaPath:"contract#/$defs/Chat/properties/diskFolderId/type",keyword:"type",params:{type: schema45.properties.diskFolderId.type},message:"must be integer,null"}];
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
validate77.errors = [{instancePath:instancePath+"/chat/permissions",schemaPath:"contract#/$defs/Chat/properties/permissions/type",keyword:"type",params:{type: "object"},message:"must be object"}];
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
validate77.errors = [{instancePath:instancePath+"/chat/parentChatId",schemaPath:"contract#/$defs/Chat/properties/parentChatId/type",keyword:"type",params:{type: schema45.properties.parentChatId.type},message:"must be integer,null"}];
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
validate77.errors = [{instancePath:instancePath+"/chat/parentMessageId",schemaPath:"contract#/$defs/Chat/properties/parentMessageId/type",keyword:"type",params:{type: schema45.properties.parentMessageId.type},message:"must be integer,null"}];
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
validate77.errors = [{instancePath:instancePath+"/chat/isNew",schemaPath:"contract#/$defs/Chat/properties/isNew/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
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
validate77.errors = [{instancePath:instancePath+"/chat/textFieldEnabled",schemaPath:"contract#/$defs/Chat/properties/textFieldEnabled/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((data29 === "Y") || (data29 === "N"))){
validate77.errors = [{instancePath:instancePath+"/chat/textFieldEnabled",schemaPath:"contract#/$defs/Chat/properties/textFieldEnabled/enum",keyword:"enum",params:{allowedValues: schema45.properties.textFieldEnabled.enum},message:"must be equal to one of the allowed values"}];
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
validate77.errors = [{instancePath:instancePath+"/chat/backgroundId",schemaPath:"contract#/$defs/Chat/properties/backgroundId/type",keyword:"type",params:{type: schema45.properties.backgroundId.type},message:"must be string,null"}];
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
validate77.errors = [{instancePath:instancePath+"/chat/dateCreate",schemaPath:"contract#/$defs/Chat/properties/dateCreate/type",keyword:"type",params:{type: schema45.properties.dateCreate.type},message:"must be string,null"}];
return false;
}
if(errors === _errs66){
if(errors === _errs66){
if(typeof data31 === "string"){
if(!(formats0(data31))){
validate77.errors = [{instancePath:instancePath+"/chat/dateCreate",schemaPath:"contract#/$defs/Chat/properties/dateCreate/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
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
validate77.errors = [{instancePath:instancePath+"/chat/lastMessageId",schemaPath:"contract#/$defs/Chat/properties/lastMessageId/type",keyword:"type",params:{type: schema45.properties.lastMessageId.type},message:"must be integer,null"}];
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
validate77.errors = [{instancePath:instancePath+"/chat/lastId",schemaPath:"contract#/$defs/Chat/properties/lastId/type",keyword:"type",params:{type: schema45.properties.lastId.type},message:"must be integer,null"}];
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
validate77.errors = [{instancePath:instancePath+"/chat/managerList/" + i1,schemaPath:"contract#/$defs/Chat/properties/managerList/items/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid5 = _errs74 === errors;
if(!valid5){
break;
}
}
}
else {
validate77.errors = [{instancePath:instancePath+"/chat/managerList",schemaPath:"contract#/$defs/Chat/properties/managerList/type",keyword:"type",params:{type: "array"},message:"must be array"}];
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
validate77.errors = [{instancePath:instancePath+"/chat/messageCount",schemaPath:"contract#/$defs/Chat/properties/messageCount/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
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
validate77.errors = [{instancePath:instancePath+"/chat/userCounter",schemaPath:"contract#/$defs/Chat/properties/userCounter/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
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
validate77.errors = [{instancePath:instancePath+"/chat/unreadId",schemaPath:"contract#/$defs/Chat/properties/unreadId/type",keyword:"type",params:{type: schema45.properties.unreadId.type},message:"must be integer,null"}];
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
validate77.errors = [{instancePath:instancePath+"/chat/lastMessageViews",schemaPath:"contract#/$defs/Chat/properties/lastMessageViews/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate77.errors = [{instancePath:instancePath+"/chat/markedId",schemaPath:"contract#/$defs/Chat/properties/markedId/type",keyword:"type",params:{type: schema45.properties.markedId.type},message:"must be integer,null"}];
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
validate77.errors = vErrors;
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
validate77.errors = [{instancePath:instancePath+"/chat",schemaPath:"contract#/$defs/Chat/type",keyword:"type",params:{type: "object"},message:"must be object"}];
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
if(!(validate35(data.user, {instancePath:instancePath+"/user",parentData:data,parentDataProperty:"user",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
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
validate77.errors = [{instancePath:instancePath+"/language",schemaPath:"contract#/$defs/ImbotV2EventLanguage/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate77.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate77.errors = vErrors;
return errors === 0;
}
validate77.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate76(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate76.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((data.eventId === undefined) && (missing0 = "eventId")) || ((data.type === undefined) && (missing0 = "type"))) || ((data.date === undefined) && (missing0 = "date"))) || ((data.data === undefined) && (missing0 = "data"))){
validate76.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.eventId !== undefined){
let data0 = data.eventId;
const _errs1 = errors;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
validate76.errors = [{instancePath:instancePath+"/eventId",schemaPath:"#/properties/eventId/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs1){
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 < 1 || isNaN(data0)){
validate76.errors = [{instancePath:instancePath+"/eventId",schemaPath:"#/properties/eventId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
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
if(data.type !== undefined){
let data1 = data.type;
const _errs3 = errors;
if(typeof data1 !== "string"){
validate76.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if("ONIMBOTV2CONTEXTGET" !== data1){
validate76.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "ONIMBOTV2CONTEXTGET"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.date !== undefined){
let data2 = data.date;
const _errs5 = errors;
if(errors === _errs5){
if(errors === _errs5){
if(typeof data2 === "string"){
if(!(formats0(data2))){
validate76.errors = [{instancePath:instancePath+"/date",schemaPath:"#/properties/date/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate76.errors = [{instancePath:instancePath+"/date",schemaPath:"#/properties/date/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.data !== undefined){
const _errs7 = errors;
if(!(validate77(data.data, {instancePath:instancePath+"/data",parentData:data,parentDataProperty:"data",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate77.errors : vErrors.concat(validate77.errors);
errors = vErrors.length;
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
}
else {
validate76.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate76.errors = vErrors;
return errors === 0;
}
validate76.evaluated = {"props":{"eventId":true,"type":true,"date":true,"data":true},"dynamicProps":false,"dynamicItems":false};

const schema84 = {"type":"object","required":["eventId","type","date","data"],"properties":{"eventId":{"type":"integer","minimum":1},"type":{"type":"string","const":"ONIMBOTV2DELETE"},"date":{"type":"string","format":"date-time"},"data":{"$ref":"contract#/$defs/ImbotV2EventDeleteData"}}};
const schema85 = {"type":"object","required":["bot"],"additionalProperties":true,"properties":{"bot":{"$ref":"contract#/$defs/ImbotV2EventBot"}}};

function validate83(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate83.evaluated;
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
validate83.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.bot !== undefined){
if(!(validate27(data.bot, {instancePath:instancePath+"/bot",parentData:data,parentDataProperty:"bot",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
errors = vErrors.length;
}
}
}
}
else {
validate83.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate83.errors = vErrors;
return errors === 0;
}
validate83.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate82(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate82.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((data.eventId === undefined) && (missing0 = "eventId")) || ((data.type === undefined) && (missing0 = "type"))) || ((data.date === undefined) && (missing0 = "date"))) || ((data.data === undefined) && (missing0 = "data"))){
validate82.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.eventId !== undefined){
let data0 = data.eventId;
const _errs1 = errors;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
validate82.errors = [{instancePath:instancePath+"/eventId",schemaPath:"#/properties/eventId/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs1){
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 < 1 || isNaN(data0)){
validate82.errors = [{instancePath:instancePath+"/eventId",schemaPath:"#/properties/eventId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
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
if(data.type !== undefined){
let data1 = data.type;
const _errs3 = errors;
if(typeof data1 !== "string"){
validate82.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if("ONIMBOTV2DELETE" !== data1){
validate82.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "ONIMBOTV2DELETE"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.date !== undefined){
let data2 = data.date;
const _errs5 = errors;
if(errors === _errs5){
if(errors === _errs5){
if(typeof data2 === "string"){
if(!(formats0(data2))){
validate82.errors = [{instancePath:instancePath+"/date",schemaPath:"#/properties/date/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate82.errors = [{instancePath:instancePath+"/date",schemaPath:"#/properties/date/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.data !== undefined){
const _errs7 = errors;
if(!(validate83(data.data, {instancePath:instancePath+"/data",parentData:data,parentDataProperty:"data",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate83.errors : vErrors.concat(validate83.errors);
errors = vErrors.length;
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
}
else {
validate82.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate82.errors = vErrors;
return errors === 0;
}
validate82.evaluated = {"props":{"eventId":true,"type":true,"date":true,"data":true},"dynamicProps":false,"dynamicItems":false};


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
let passing0 = null;
const _errs1 = errors;
if(!(validate25(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
var _valid0 = _errs1 === errors;
if(_valid0){
valid0 = true;
passing0 = 0;
var props0 = {};
props0.eventId = true;
props0.type = true;
props0.date = true;
props0.data = true;
}
const _errs2 = errors;
if(!(validate39(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate39.errors : vErrors.concat(validate39.errors);
errors = vErrors.length;
}
var _valid0 = _errs2 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid0 = true;
passing0 = 1;
if(props0 !== true){
props0 = props0 || {};
props0.eventId = true;
props0.type = true;
props0.date = true;
props0.data = true;
}
}
const _errs3 = errors;
if(!(validate46(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
errors = vErrors.length;
}
var _valid0 = _errs3 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 2];
}
else {
if(_valid0){
valid0 = true;
passing0 = 2;
if(props0 !== true){
props0 = props0 || {};
props0.eventId = true;
props0.type = true;
props0.date = true;
props0.data = true;
}
}
const _errs4 = errors;
if(!(validate52(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate52.errors : vErrors.concat(validate52.errors);
errors = vErrors.length;
}
var _valid0 = _errs4 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 3];
}
else {
if(_valid0){
valid0 = true;
passing0 = 3;
if(props0 !== true){
props0 = props0 || {};
props0.eventId = true;
props0.type = true;
props0.date = true;
props0.data = true;
}
}
const _errs5 = errors;
if(!(validate58(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
errors = vErrors.length;
}
var _valid0 = _errs5 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 4];
}
else {
if(_valid0){
valid0 = true;
passing0 = 4;
if(props0 !== true){
props0 = props0 || {};
props0.eventId = true;
props0.type = true;
props0.date = true;
props0.data = true;
}
}
const _errs6 = errors;
if(!(validate67(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate67.errors : vErrors.concat(validate67.errors);
errors = vErrors.length;
}
var _valid0 = _errs6 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 5];
}
else {
if(_valid0){
valid0 = true;
passing0 = 5;
if(props0 !== true){
props0 = props0 || {};
props0.eventId = true;
props0.type = true;
props0.date = true;
props0.data = true;
}
}
const _errs7 = errors;
if(!(validate76(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate76.errors : vErrors.concat(validate76.errors);
errors = vErrors.length;
}
var _valid0 = _errs7 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 6];
}
else {
if(_valid0){
valid0 = true;
passing0 = 6;
if(props0 !== true){
props0 = props0 || {};
props0.eventId = true;
props0.type = true;
props0.date = true;
props0.data = true;
}
}
const _errs8 = errors;
if(!(validate82(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate82.errors : vErrors.concat(validate82.errors);
errors = vErrors.length;
}
var _valid0 = _errs8 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 7];
}
else {
if(_valid0){
valid0 = true;
passing0 = 7;
if(props0 !== true){
props0 = props0 || {};
props0.eventId = true;
props0.type = true;
props0.date = true;
props0.data = true;
}
}
}
}
}
}
}
}
}
if(!valid0){
const err0 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
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
if((((data.events === undefined) && (missing0 = "events")) || ((data.nextOffset === undefined) && (missing0 = "nextOffset"))) || ((data.hasMore === undefined) && (missing0 = "hasMore"))){
validate23.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.events !== undefined){
let data0 = data.events;
const _errs1 = errors;
if(errors === _errs1){
if(Array.isArray(data0)){
if(data0.length > 1000){
validate23.errors = [{instancePath:instancePath+"/events",schemaPath:"#/properties/events/maxItems",keyword:"maxItems",params:{limit: 1000},message:"must NOT have more than 1000 items"}];
return false;
}
else {
var valid1 = true;
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
const _errs3 = errors;
if(!(validate24(data0[i0], {instancePath:instancePath+"/events/" + i0,parentData:data0,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
var valid1 = _errs3 === errors;
if(!valid1){
break;
}
}
}
}
else {
validate23.errors = [{instancePath:instancePath+"/events",schemaPath:"#/properties/events/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.nextOffset !== undefined){
let data2 = data.nextOffset;
const _errs4 = errors;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
validate23.errors = [{instancePath:instancePath+"/nextOffset",schemaPath:"#/properties/nextOffset/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs4){
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 0 || isNaN(data2)){
validate23.errors = [{instancePath:instancePath+"/nextOffset",schemaPath:"#/properties/nextOffset/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.hasMore !== undefined){
const _errs6 = errors;
if(typeof data.hasMore !== "boolean"){
validate23.errors = [{instancePath:instancePath+"/hasMore",schemaPath:"#/properties/hasMore/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
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
validate23.evaluated = {"props":{"events":true,"nextOffset":true,"hasMore":true},"dynamicProps":false,"dynamicItems":false};


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
if(((data.result === undefined) && (missing0 = "result")) || ((data.time === undefined) && (missing0 = "time"))){
validate22.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.result !== undefined){
const _errs1 = errors;
if(!(validate23(data.result, {instancePath:instancePath+"/result",parentData:data,parentDataProperty:"result",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.time !== undefined){
let data1 = data.time;
const _errs2 = errors;
const _errs3 = errors;
if(errors === _errs3){
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
let missing1;
if(((((((data1.start === undefined) && (missing1 = "start")) || ((data1.finish === undefined) && (missing1 = "finish"))) || ((data1.duration === undefined) && (missing1 = "duration"))) || ((data1.processing === undefined) && (missing1 = "processing"))) || ((data1.date_start === undefined) && (missing1 = "date_start"))) || ((data1.date_finish === undefined) && (missing1 = "date_finish"))){
validate22.errors = [{instancePath:instancePath+"/time",schemaPath:"contract#/$defs/ResponseTime/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data1.start !== undefined){
let data2 = data1.start;
const _errs5 = errors;
if(!((typeof data2 == "number") && (isFinite(data2)))){
validate22.errors = [{instancePath:instancePath+"/time/start",schemaPath:"contract#/$defs/ResponseTime/properties/start/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid2 = _errs5 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.finish !== undefined){
let data3 = data1.finish;
const _errs7 = errors;
if(!((typeof data3 == "number") && (isFinite(data3)))){
validate22.errors = [{instancePath:instancePath+"/time/finish",schemaPath:"contract#/$defs/ResponseTime/properties/finish/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid2 = _errs7 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.duration !== undefined){
let data4 = data1.duration;
const _errs9 = errors;
if(!((typeof data4 == "number") && (isFinite(data4)))){
validate22.errors = [{instancePath:instancePath+"/time/duration",schemaPath:"contract#/$defs/ResponseTime/properties/duration/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid2 = _errs9 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.processing !== undefined){
let data5 = data1.processing;
const _errs11 = errors;
if(!((typeof data5 == "number") && (isFinite(data5)))){
validate22.errors = [{instancePath:instancePath+"/time/processing",schemaPath:"contract#/$defs/ResponseTime/properties/processing/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid2 = _errs11 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.date_start !== undefined){
let data6 = data1.date_start;
const _errs13 = errors;
if(errors === _errs13){
if(errors === _errs13){
if(typeof data6 === "string"){
if(!(formats0(data6))){
validate22.errors = [{instancePath:instancePath+"/time/date_start",schemaPath:"contract#/$defs/ResponseTime/properties/date_start/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate22.errors = [{instancePath:instancePath+"/time/date_start",schemaPath:"contract#/$defs/ResponseTime/properties/date_start/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid2 = _errs13 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.date_finish !== undefined){
let data7 = data1.date_finish;
const _errs15 = errors;
if(errors === _errs15){
if(errors === _errs15){
if(typeof data7 === "string"){
if(!(formats0(data7))){
validate22.errors = [{instancePath:instancePath+"/time/date_finish",schemaPath:"contract#/$defs/ResponseTime/properties/date_finish/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate22.errors = [{instancePath:instancePath+"/time/date_finish",schemaPath:"contract#/$defs/ResponseTime/properties/date_finish/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid2 = _errs15 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.operating !== undefined){
let data8 = data1.operating;
const _errs17 = errors;
if(!((typeof data8 == "number") && (isFinite(data8)))){
validate22.errors = [{instancePath:instancePath+"/time/operating",schemaPath:"contract#/$defs/ResponseTime/properties/operating/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid2 = _errs17 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.operating_reset_at !== undefined){
let data9 = data1.operating_reset_at;
const _errs19 = errors;
if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
validate22.errors = [{instancePath:instancePath+"/time/operating_reset_at",schemaPath:"contract#/$defs/ResponseTime/properties/operating_reset_at/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid2 = _errs19 === errors;
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
else {
validate22.errors = [{instancePath:instancePath+"/time",schemaPath:"contract#/$defs/ResponseTime/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
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
validate22.evaluated = {"props":{"result":true,"time":true},"dynamicProps":false,"dynamicItems":false};


function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="success" */;
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
validate20.evaluated = {"props":{"result":true,"time":true},"dynamicProps":false,"dynamicItems":false};

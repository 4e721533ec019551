// This file is generated from schema/openapi.yaml by scripts/generate.ts. Do not edit.
// Ajv standalone code (JSON Schema 2020-12) for imbot.v2.Chat.add. Inputs b39beca400f7c50e, code 29929fe3bc1f3b8e.
// @ts-nocheck
/* eslint-disable */
import { formats, ucs2length } from '../../runtime/formats.js';
"use strict";
export const params = validate26;
const schema42 = {"$id":"params","$ref":"contract#/$defs/ImbotV2ChatAddParams"};
const schema43 = {"type":"object","required":["botId"],"properties":{"botId":{"$ref":"contract#/$defs/BotId"},"botToken":{"$ref":"contract#/$defs/BotToken"},"fields":{"type":"object","properties":{"title":{"type":"string"},"description":{"type":"string"},"color":{"$ref":"contract#/$defs/ChatColorV2"},"avatar":{"$ref":"contract#/$defs/Base64Image"},"userIds":{"$ref":"contract#/$defs/UserIds"},"ownerId":{"type":"integer","minimum":1},"message":{"type":"string","maxLength":20000}}}}};
const schema44 = {"type":"integer","minimum":1};
const schema45 = {"type":"string","minLength":1,"maxLength":40};
const schema46 = {"type":"string","enum":["red","green","mint","lightBlue","darkBlue","purple","aqua","pink","lime","brown","azure","khaki","sand","marengo","gray","graphite"]};
const schema47 = {"type":"string","minLength":1,"contentEncoding":"base64","contentMediaType":"image/*"};
const func1 = ucs2length;
const schema48 = {"type":"array","minItems":1,"items":{"$ref":"contract#/$defs/UserIdV2"}};
const schema49 = {"type":"integer","minimum":1};

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
if(Array.isArray(data)){
if(data.length < 1){
validate28.errors = [{instancePath,schemaPath:"#/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
return false;
}
else {
var valid0 = true;
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
let data0 = data[i0];
const _errs1 = errors;
const _errs2 = errors;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
validate28.errors = [{instancePath:instancePath+"/" + i0,schemaPath:"contract#/$defs/UserIdV2/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs2){
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 < 1 || isNaN(data0)){
validate28.errors = [{instancePath:instancePath+"/" + i0,schemaPath:"contract#/$defs/UserIdV2/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
var valid0 = _errs1 === errors;
if(!valid0){
break;
}
}
}
}
else {
validate28.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
validate28.errors = vErrors;
return errors === 0;
}
validate28.evaluated = {"items":true,"dynamicProps":false,"dynamicItems":false};


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
if((data.botId === undefined) && (missing0 = "botId")){
validate27.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.botId !== undefined){
let data0 = data.botId;
const _errs1 = errors;
const _errs2 = errors;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
validate27.errors = [{instancePath:instancePath+"/botId",schemaPath:"contract#/$defs/BotId/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs2){
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 < 1 || isNaN(data0)){
validate27.errors = [{instancePath:instancePath+"/botId",schemaPath:"contract#/$defs/BotId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
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
validate27.errors = [{instancePath:instancePath+"/botToken",schemaPath:"contract#/$defs/BotToken/maxLength",keyword:"maxLength",params:{limit: 40},message:"must NOT have more than 40 characters"}];
return false;
}
else {
if(func1(data1) < 1){
validate27.errors = [{instancePath:instancePath+"/botToken",schemaPath:"contract#/$defs/BotToken/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate27.errors = [{instancePath:instancePath+"/botToken",schemaPath:"contract#/$defs/BotToken/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.fields !== undefined){
let data2 = data.fields;
const _errs7 = errors;
if(errors === _errs7){
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.title !== undefined){
const _errs9 = errors;
if(typeof data2.title !== "string"){
validate27.errors = [{instancePath:instancePath+"/fields/title",schemaPath:"#/properties/fields/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs9 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.description !== undefined){
const _errs11 = errors;
if(typeof data2.description !== "string"){
validate27.errors = [{instancePath:instancePath+"/fields/description",schemaPath:"#/properties/fields/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs11 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.color !== undefined){
let data5 = data2.color;
const _errs13 = errors;
if(typeof data5 !== "string"){
validate27.errors = [{instancePath:instancePath+"/fields/color",schemaPath:"contract#/$defs/ChatColorV2/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((((((((((((((((data5 === "red") || (data5 === "green")) || (data5 === "mint")) || (data5 === "lightBlue")) || (data5 === "darkBlue")) || (data5 === "purple")) || (data5 === "aqua")) || (data5 === "pink")) || (data5 === "lime")) || (data5 === "brown")) || (data5 === "azure")) || (data5 === "khaki")) || (data5 === "sand")) || (data5 === "marengo")) || (data5 === "gray")) || (data5 === "graphite"))){
validate27.errors = [{instancePath:instancePath+"/fields/color",schemaPath:"contract#/$defs/ChatColorV2/enum",keyword:"enum",params:{allowedValues: schema46.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid3 = _errs13 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.avatar !== undefined){
let data6 = data2.avatar;
const _errs16 = errors;
const _errs17 = errors;
if(errors === _errs17){
if(typeof data6 === "string"){
if(func1(data6) < 1){
validate27.errors = [{instancePath:instancePath+"/fields/avatar",schemaPath:"contract#/$defs/Base64Image/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate27.errors = [{instancePath:instancePath+"/fields/avatar",schemaPath:"contract#/$defs/Base64Image/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid3 = _errs16 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.userIds !== undefined){
const _errs19 = errors;
if(!(validate28(data2.userIds, {instancePath:instancePath+"/fields/userIds",parentData:data2,parentDataProperty:"userIds",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
errors = vErrors.length;
}
var valid3 = _errs19 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.ownerId !== undefined){
let data8 = data2.ownerId;
const _errs20 = errors;
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
validate27.errors = [{instancePath:instancePath+"/fields/ownerId",schemaPath:"#/properties/fields/properties/ownerId/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs20){
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 < 1 || isNaN(data8)){
validate27.errors = [{instancePath:instancePath+"/fields/ownerId",schemaPath:"#/properties/fields/properties/ownerId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
var valid3 = _errs20 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.message !== undefined){
let data9 = data2.message;
const _errs22 = errors;
if(errors === _errs22){
if(typeof data9 === "string"){
if(func1(data9) > 20000){
validate27.errors = [{instancePath:instancePath+"/fields/message",schemaPath:"#/properties/fields/properties/message/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters"}];
return false;
}
}
else {
validate27.errors = [{instancePath:instancePath+"/fields/message",schemaPath:"#/properties/fields/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid3 = _errs22 === errors;
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
else {
validate27.errors = [{instancePath:instancePath+"/fields",schemaPath:"#/properties/fields/type",keyword:"type",params:{type: "object"},message:"must be object"}];
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
validate27.evaluated = {"props":{"botId":true,"botToken":true,"fields":true},"dynamicProps":false,"dynamicItems":false};


function validate26(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="params" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate26.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate27(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
errors = vErrors.length;
}
validate26.errors = vErrors;
return errors === 0;
}
validate26.evaluated = {"props":{"botId":true,"botToken":true,"fields":true},"dynamicProps":false,"dynamicItems":false};

export const success = validate20;
const schema31 = {"$id":"success","$ref":"contract#/$defs/ImbotV2ChatAddSuccess"};
const schema33 = {"type":"object","required":["result","time"],"properties":{"result":{"type":"object","required":["chat","users"],"properties":{"chat":{"$ref":"contract#/$defs/Chat"},"users":{"type":"array","items":{"$ref":"contract#/$defs/User"}}}},"time":{"$ref":"contract#/$defs/ResponseTime"}}};
const schema34 = {"type":"object","required":["id","dialogId"],"properties":{"id":{"type":"integer","minimum":1},"dialogId":{"type":"string"},"name":{"type":"string"},"type":{"type":"string"},"messageType":{"type":"string"},"owner":{"type":"integer"},"color":{"type":["string","null"]},"avatar":{"type":"string"},"description":{"type":"string"},"extranet":{"type":"boolean"},"role":{"type":"string","enum":["owner","manager","member","guest","none"]},"containsCollaber":{"type":"boolean"},"muteList":{"type":"array","items":{"type":"integer"}},"entityType":{"type":"string"},"entityId":{"type":"string"},"entityData1":{"type":"string"},"entityData2":{"type":"string"},"entityData3":{"type":"string"},"entityLink":{"type":"object"},"diskFolderId":{"type":["integer","null"]},"permissions":{"type":"object"},"parentChatId":{"type":["integer","null"]},"parentMessageId":{"type":["integer","null"]},"isNew":{"type":"boolean"},"textFieldEnabled":{"type":"string","enum":["Y","N"]},"backgroundId":{"type":["string","null"]},"dateCreate":{"type":["string","null"],"format":"date-time"},"lastMessageId":{"type":["integer","null"]},"lastId":{"type":["integer","null"]},"managerList":{"type":"array","items":{"type":"integer"}},"messageCount":{"type":"integer"},"userCounter":{"type":"integer"},"unreadId":{"type":["integer","null"]},"lastMessageViews":{"type":"string"},"markedId":{"type":["integer","null"]},"public":{"oneOf":[{"type":"object"},{"type":"string"}]}}};
const schema41 = {"type":"object","required":["start","finish","duration","processing","date_start","date_finish"],"properties":{"start":{"type":"number"},"finish":{"type":"number"},"duration":{"type":"number"},"processing":{"type":"number"},"date_start":{"type":"string","format":"date-time"},"date_finish":{"type":"string","format":"date-time"},"operating":{"type":"number"},"operating_reset_at":{"type":"integer"}}};
const formats0 = formats["date-time"];
const schema35 = {"type":"object","required":["id"],"properties":{"id":{"type":"integer","minimum":1},"active":{"type":"boolean"},"name":{"type":"string"},"firstName":{"type":"string"},"lastName":{"type":"string"},"workPosition":{"type":"string"},"color":{"type":"string"},"avatar":{"type":"string"},"gender":{"type":"string"},"birthday":{"type":"string"},"extranet":{"type":"boolean"},"bot":{"type":"boolean"},"connector":{"type":"boolean"},"externalAuthId":{"type":"string"},"status":{"type":"string"},"idle":{"$ref":"contract#/$defs/DateTimeOrFalse"},"lastActivityDate":{"$ref":"contract#/$defs/DateTimeOrFalse"},"mobileLastDate":{"$ref":"contract#/$defs/DateTimeOrFalse"},"desktopLastDate":{"$ref":"contract#/$defs/DateTimeOrFalse"},"absent":{"$ref":"contract#/$defs/DateTimeOrFalse"},"departments":{"type":"array","items":{"type":"integer"}},"phones":{"oneOf":[{"type":"object"},{"type":"array"},{"const":false}]},"type":{"type":"string"},"website":{"type":"string"},"email":{"type":"string"}}};
const schema36 = {"oneOf":[{"type":"string","format":"date-time"},{"const":false}]};

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
if((data.id === undefined) && (missing0 = "id")){
validate23.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.id !== undefined){
let data0 = data.id;
const _errs1 = errors;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
validate23.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs1){
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 < 1 || isNaN(data0)){
validate23.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
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
validate23.errors = [{instancePath:instancePath+"/active",schemaPath:"#/properties/active/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
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
validate23.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate23.errors = [{instancePath:instancePath+"/firstName",schemaPath:"#/properties/firstName/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate23.errors = [{instancePath:instancePath+"/lastName",schemaPath:"#/properties/lastName/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate23.errors = [{instancePath:instancePath+"/workPosition",schemaPath:"#/properties/workPosition/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate23.errors = [{instancePath:instancePath+"/color",schemaPath:"#/properties/color/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate23.errors = [{instancePath:instancePath+"/avatar",schemaPath:"#/properties/avatar/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate23.errors = [{instancePath:instancePath+"/gender",schemaPath:"#/properties/gender/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate23.errors = [{instancePath:instancePath+"/birthday",schemaPath:"#/properties/birthday/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate23.errors = [{instancePath:instancePath+"/extranet",schemaPath:"#/properties/extranet/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
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
validate23.errors = [{instancePath:instancePath+"/bot",schemaPath:"#/properties/bot/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
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
validate23.errors = [{instancePath:instancePath+"/connector",schemaPath:"#/properties/connector/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
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
validate23.errors = [{instancePath:instancePath+"/externalAuthId",schemaPath:"#/properties/externalAuthId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate23.errors = [{instancePath:instancePath+"/status",schemaPath:"#/properties/status/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate23.errors = vErrors;
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
validate23.errors = vErrors;
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
validate23.errors = vErrors;
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
validate23.errors = vErrors;
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
validate23.errors = vErrors;
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
validate23.errors = [{instancePath:instancePath+"/departments/" + i0,schemaPath:"#/properties/departments/items/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid11 = _errs63 === errors;
if(!valid11){
break;
}
}
}
else {
validate23.errors = [{instancePath:instancePath+"/departments",schemaPath:"#/properties/departments/type",keyword:"type",params:{type: "array"},message:"must be array"}];
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
validate23.errors = vErrors;
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
validate23.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate23.errors = [{instancePath:instancePath+"/website",schemaPath:"#/properties/website/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate23.errors = [{instancePath:instancePath+"/email",schemaPath:"#/properties/email/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate23.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate23.errors = vErrors;
return errors === 0;
}
validate23.evaluated = {"props":{"id":true,"active":true,"name":true,"firstName":true,"lastName":true,"workPosition":true,"color":true,"avatar":true,"gender":true,"birthday":true,"extranet":true,"bot":true,"connector":true,"externalAuthId":true,"status":true,"idle":true,"lastActivityDate":true,"mobileLastDate":true,"desktopLastDate":true,"absent":true,"departments":true,"phones":true,"type":true,"website":true,"email":true},"dynamicProps":false,"dynamicItems":false};


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
let data0 = data.result;
const _errs1 = errors;
if(errors === _errs1){
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
let missing1;
if(((data0.chat === undefined) && (missing1 = "chat")) || ((data0.users === undefined) && (missing1 = "users"))){
validate22.errors = [{instancePath:instancePath+"/result",schemaPath:"#/properties/result/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data0.chat !== undefined){
let data1 = data0.chat;
const _errs3 = errors;
const _errs4 = errors;
if(errors === _errs4){
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
let missing2;
if(((data1.id === undefined) && (missing2 = "id")) || ((data1.dialogId === undefined) && (missing2 = "dialogId"))){
validate22.errors = [{instancePath:instancePath+"/result/chat",schemaPath:"contract#/$defs/Chat/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
if(data1.id !== undefined){
let data2 = data1.id;
const _errs6 = errors;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
validate22.errors = [{instancePath:instancePath+"/result/chat/id",schemaPath:"contract#/$defs/Chat/properties/id/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs6){
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 1 || isNaN(data2)){
validate22.errors = [{instancePath:instancePath+"/result/chat/id",schemaPath:"contract#/$defs/Chat/properties/id/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
var valid3 = _errs6 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data1.dialogId !== undefined){
const _errs8 = errors;
if(typeof data1.dialogId !== "string"){
validate22.errors = [{instancePath:instancePath+"/result/chat/dialogId",schemaPath:"contract#/$defs/Chat/properties/dialogId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs8 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data1.name !== undefined){
const _errs10 = errors;
if(typeof data1.name !== "string"){
validate22.errors = [{instancePath:instancePath+"/result/chat/name",schemaPath:"contract#/$defs/Chat/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs10 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data1.type !== undefined){
const _errs12 = errors;
if(typeof data1.type !== "string"){
validate22.errors = [{instancePath:instancePath+"/result/chat/type",schemaPath:"contract#/$defs/Chat/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs12 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data1.messageType !== undefined){
const _errs14 = errors;
if(typeof data1.messageType !== "string"){
validate22.errors = [{instancePath:instancePath+"/result/chat/messageType",schemaPath:"contract#/$defs/Chat/properties/messageType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs14 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data1.owner !== undefined){
let data7 = data1.owner;
const _errs16 = errors;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
validate22.errors = [{instancePath:instancePath+"/result/chat/owner",schemaPath:"contract#/$defs/Chat/properties/owner/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid3 = _errs16 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data1.color !== undefined){
let data8 = data1.color;
const _errs18 = errors;
if((typeof data8 !== "string") && (data8 !== null)){
validate22.errors = [{instancePath:instancePath+"/result/chat/color",schemaPath:"contract#/$defs/Chat/properties/color/type",keyword:"type",params:{type: schema34.properties.color.type},message:"must be string,null"}];
return false;
}
var valid3 = _errs18 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data1.avatar !== undefined){
const _errs20 = errors;
if(typeof data1.avatar !== "string"){
validate22.errors = [{instancePath:instancePath+"/result/chat/avatar",schemaPath:"contract#/$defs/Chat/properties/avatar/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs20 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data1.description !== undefined){
const _errs22 = errors;
if(typeof data1.description !== "string"){
validate22.errors = [{instancePath:instancePath+"/result/chat/description",schemaPath:"contract#/$defs/Chat/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs22 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data1.extranet !== undefined){
const _errs24 = errors;
if(typeof data1.extranet !== "boolean"){
validate22.errors = [{instancePath:instancePath+"/result/chat/extranet",schemaPath:"contract#/$defs/Chat/properties/extranet/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid3 = _errs24 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data1.role !== undefined){
let data12 = data1.role;
const _errs26 = errors;
if(typeof data12 !== "string"){
validate22.errors = [{instancePath:instancePath+"/result/chat/role",schemaPath:"contract#/$defs/Chat/properties/role/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((((data12 === "owner") || (data12 === "manager")) || (data12 === "member")) || (data12 === "guest")) || (data12 === "none"))){
validate22.errors = [{instancePath:instancePath+"/result/chat/role",schemaPath:"contract#/$defs/Chat/properties/role/enum",keyword:"enum",params:{allowedValues: schema34.properties.role.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid3 = _errs26 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data1.containsCollaber !== undefined){
const _errs28 = errors;
if(typeof data1.containsCollaber !== "boolean"){
validate22.errors = [{instancePath:instancePath+"/result/chat/containsCollaber",schemaPath:"contract#/$defs/Chat/properties/containsCollaber/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid3 = _errs28 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data1.muteList !== undefined){
let data14 = data1.muteList;
const _errs30 = errors;
if(errors === _errs30){
if(Array.isArray(data14)){
var valid4 = true;
const len0 = data14.length;
for(let i0=0; i0<len0; i0++){
let data15 = data14[i0];
const _errs32 = errors;
if(!(((typeof data15 == "number") && (!(data15 % 1) && !isNaN(data15))) && (isFinite(data15)))){
validate22.errors = [{instancePath:instancePath+"/result/chat/muteList/" + i0,schemaPath:"contract#/$defs/Chat/properties/muteList/items/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid4 = _errs32 === errors;
if(!valid4){
break;
}
}
}
else {
validate22.errors = [{instancePath:instancePath+"/result/chat/muteList",schemaPath:"contract#/$defs/Chat/properties/muteList/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid3 = _errs30 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data1.entityType !== undefined){
const _errs34 = errors;
if(typeof data1.entityType !== "string"){
validate22.errors = [{instancePath:instancePath+"/result/chat/entityType",schemaPath:"contract#/$defs/Chat/properties/entityType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs34 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data1.entityId !== undefined){
const _errs36 = errors;
if(typeof data1.entityId !== "string"){
validate22.errors = [{instancePath:instancePath+"/result/chat/entityId",schemaPath:"contract#/$defs/Chat/properties/entityId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs36 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data1.entityData1 !== undefined){
const _errs38 = errors;
if(typeof data1.entityData1 !== "string"){
validate22.errors = [{instancePath:instancePath+"/result/chat/entityData1",schemaPath:"contract#/$defs/Chat/properties/entityData1/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs38 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data1.entityData2 !== undefined){
const _errs40 = errors;
if(typeof data1.entityData2 !== "string"){
validate22.errors = [{instancePath:instancePath+"/result/chat/entityData2",schemaPath:"contract#/$defs/Chat/properties/entityData2/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs40 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data1.entityData3 !== undefined){
const _errs42 = errors;
if(typeof data1.entityData3 !== "string"){
validate22.errors = [{instancePath:instancePath+"/result/chat/entityData3",schemaPath:"contract#/$defs/Chat/properties/entityData3/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs42 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data1.entityLink !== undefined){
let data21 = data1.entityLink;
const _errs44 = errors;
if(!(data21 && typeof data21 == "object" && !Array.isArray(data21))){
validate22.errors = [{instancePath:instancePath+"/result/chat/entityLink",schemaPath:"contract#/$defs/Chat/properties/entityLink/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
var valid3 = _errs44 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data1.diskFolderId !== undefined){
let data22 = data1.diskFolderId;
const _errs46 = errors;
if((!(((typeof data22 == "number") && (!(data22 % 1) && !isNaN(data22))) && (isFinite(data22)))) && (data22 !== null)){
validate22.errors = [{instancePath:instancePath+"/result/chat/diskFolderId",schemaPath:"contract#/$defs/Chat/properties/diskFolderId/type",keyword:"type",params:{type: schema34.properties.diskFolderId.type},message:"must be integer,null"}];
return false;
}
var valid3 = _errs46 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data1.permissions !== undefined){
let data23 = data1.permissions;
const _errs48 = errors;
if(!(data23 && typeof data23 == "object" && !Array.isArray(data23))){
validate22.errors = [{instancePath:instancePath+"/result/chat/permissions",schemaPath:"contract#/$defs/Chat/properties/permissions/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
var valid3 = _errs48 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data1.parentChatId !== undefined){
let data24 = data1.parentChatId;
const _errs50 = errors;
if((!(((typeof data24 == "number") && (!(data24 % 1) && !isNaN(data24))) && (isFinite(data24)))) && (data24 !== null)){
validate22.errors = [{instancePath:instancePath+"/result/chat/parentChatId",schemaPath:"contract#/$defs/Chat/properties/parentChatId/type",keyword:"type",params:{type: schema34.properties.parentChatId.type},message:"must be integer,null"}];
return false;
}
var valid3 = _errs50 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data1.parentMessageId !== undefined){
let data25 = data1.parentMessageId;
const _errs52 = errors;
if((!(((typeof data25 == "number") && (!(data25 % 1) && !isNaN(data25))) && (isFinite(data25)))) && (data25 !== null)){
validate22.errors = [{instancePath:instancePath+"/result/chat/parentMessageId",schemaPath:"contract#/$defs/Chat/properties/parentMessageId/type",keyword:"type",params:{type: schema34.properties.parentMessageId.type},message:"must be integer,null"}];
return false;
}
var valid3 = _errs52 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data1.isNew !== undefined){
const _errs54 = errors;
if(typeof data1.isNew !== "boolean"){
validate22.errors = [{instancePath:instancePath+"/result/chat/isNew",schemaPath:"contract#/$defs/Chat/properties/isNew/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid3 = _errs54 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data1.textFieldEnabled !== undefined){
let data27 = data1.textFieldEnabled;
const _errs56 = errors;
if(typeof data27 !== "string"){
validate22.errors = [{instancePath:instancePath+"/result/chat/textFieldEnabled",schemaPath:"contract#/$defs/Chat/properties/textFieldEnabled/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((data27 === "Y") || (data27 === "N"))){
validate22.errors = [{instancePath:instancePath+"/result/chat/textFieldEnabled",schemaPath:"contract#/$defs/Chat/properties/textFieldEnabled/enum",keyword:"enum",params:{allowedValues: schema34.properties.textFieldEnabled.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid3 = _errs56 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data1.backgroundId !== undefined){
let data28 = data1.backgroundId;
const _errs58 = errors;
if((typeof data28 !== "string") && (data28 !== null)){
validate22.errors = [{instancePath:instancePath+"/result/chat/backgroundId",schemaPath:"contract#/$defs/Chat/properties/backgroundId/type",keyword:"type",params:{type: schema34.properties.backgroundId.type},message:"must be string,null"}];
return false;
}
var valid3 = _errs58 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data1.dateCreate !== undefined){
let data29 = data1.dateCreate;
const _errs60 = errors;
if((typeof data29 !== "string") && (data29 !== null)){
validate22.errors = [{instancePath:instancePath+"/result/chat/dateCreate",schemaPath:"contract#/$defs/Chat/properties/dateCreate/type",keyword:"type",params:{type: schema34.properties.dateCreate.type},message:"must be string,null"}];
return false;
}
if(errors === _errs60){
if(errors === _errs60){
if(typeof data29 === "string"){
if(!(formats0(data29))){
validate22.errors = [{instancePath:instancePath+"/result/chat/dateCreate",schemaPath:"contract#/$defs/Chat/properties/dateCreate/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
}
}
var valid3 = _errs60 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data1.lastMessageId !== undefined){
let data30 = data1.lastMessageId;
const _errs62 = errors;
if((!(((typeof data30 == "number") && (!(data30 % 1) && !isNaN(data30))) && (isFinite(data30)))) && (data30 !== null)){
validate22.errors = [{instancePath:instancePath+"/result/chat/lastMessageId",schemaPath:"contract#/$defs/Chat/properties/lastMessageId/type",keyword:"type",params:{type: schema34.properties.lastMessageId.type},message:"must be integer,null"}];
return false;
}
var valid3 = _errs62 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data1.lastId !== undefined){
let data31 = data1.lastId;
const _errs64 = errors;
if((!(((typeof data31 == "number") && (!(data31 % 1) && !isNaN(data31))) && (isFinite(data31)))) && (data31 !== null)){
validate22.errors = [{instancePath:instancePath+"/result/chat/lastId",schemaPath:"contract#/$defs/Chat/properties/lastId/type",keyword:"type",params:{type: schema34.properties.lastId.type},message:"must be integer,null"}];
return false;
}
var valid3 = _errs64 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data1.managerList !== undefined){
let data32 = data1.managerList;
const _errs66 = errors;
if(errors === _errs66){
if(Array.isArray(data32)){
var valid5 = true;
const len1 = data32.length;
for(let i1=0; i1<len1; i1++){
let data33 = data32[i1];
const _errs68 = errors;
if(!(((typeof data33 == "number") && (!(data33 % 1) && !isNaN(data33))) && (isFinite(data33)))){
validate22.errors = [{instancePath:instancePath+"/result/chat/managerList/" + i1,schemaPath:"contract#/$defs/Chat/properties/managerList/items/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid5 = _errs68 === errors;
if(!valid5){
break;
}
}
}
else {
validate22.errors = [{instancePath:instancePath+"/result/chat/managerList",schemaPath:"contract#/$defs/Chat/properties/managerList/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid3 = _errs66 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data1.messageCount !== undefined){
let data34 = data1.messageCount;
const _errs70 = errors;
if(!(((typeof data34 == "number") && (!(data34 % 1) && !isNaN(data34))) && (isFinite(data34)))){
validate22.errors = [{instancePath:instancePath+"/result/chat/messageCount",schemaPath:"contract#/$defs/Chat/properties/messageCount/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid3 = _errs70 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data1.userCounter !== undefined){
let data35 = data1.userCounter;
const _errs72 = errors;
if(!(((typeof data35 == "number") && (!(data35 % 1) && !isNaN(data35))) && (isFinite(data35)))){
validate22.errors = [{instancePath:instancePath+"/result/chat/userCounter",schemaPath:"contract#/$defs/Chat/properties/userCounter/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid3 = _errs72 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data1.unreadId !== undefined){
let data36 = data1.unreadId;
const _errs74 = errors;
if((!(((typeof data36 == "number") && (!(data36 % 1) && !isNaN(data36))) && (isFinite(data36)))) && (data36 !== null)){
validate22.errors = [{instancePath:instancePath+"/result/chat/unreadId",schemaPath:"contract#/$defs/Chat/properties/unreadId/type",keyword:"type",params:{type: schema34.properties.unreadId.type},message:"must be integer,null"}];
return false;
}
var valid3 = _errs74 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data1.lastMessageViews !== undefined){
const _errs76 = errors;
if(typeof data1.lastMessageViews !== "string"){
validate22.errors = [{instancePath:instancePath+"/result/chat/lastMessageViews",schemaPath:"contract#/$defs/Chat/properties/lastMessageViews/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs76 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data1.markedId !== undefined){
let data38 = data1.markedId;
const _errs78 = errors;
if((!(((typeof data38 == "number") && (!(data38 % 1) && !isNaN(data38))) && (isFinite(data38)))) && (data38 !== null)){
validate22.errors = [{instancePath:instancePath+"/result/chat/markedId",schemaPath:"contract#/$defs/Chat/properties/markedId/type",keyword:"type",params:{type: schema34.properties.markedId.type},message:"must be integer,null"}];
return false;
}
var valid3 = _errs78 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data1.public !== undefined){
let data39 = data1.public;
const _errs80 = errors;
const _errs81 = errors;
let valid6 = false;
let passing0 = null;
const _errs82 = errors;
if(!(data39 && typeof data39 == "object" && !Array.isArray(data39))){
const err0 = {instancePath:instancePath+"/result/chat/public",schemaPath:"contract#/$defs/Chat/properties/public/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs82 === errors;
if(_valid0){
valid6 = true;
passing0 = 0;
}
const _errs84 = errors;
if(typeof data39 !== "string"){
const err1 = {instancePath:instancePath+"/result/chat/public",schemaPath:"contract#/$defs/Chat/properties/public/oneOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
var _valid0 = _errs84 === errors;
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
const err2 = {instancePath:instancePath+"/result/chat/public",schemaPath:"contract#/$defs/Chat/properties/public/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
validate22.errors = vErrors;
return false;
}
else {
errors = _errs81;
if(vErrors !== null){
if(_errs81){
vErrors.length = _errs81;
}
else {
vErrors = null;
}
}
}
var valid3 = _errs80 === errors;
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
validate22.errors = [{instancePath:instancePath+"/result/chat",schemaPath:"contract#/$defs/Chat/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid1 = _errs3 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data0.users !== undefined){
let data40 = data0.users;
const _errs86 = errors;
if(errors === _errs86){
if(Array.isArray(data40)){
var valid7 = true;
const len2 = data40.length;
for(let i2=0; i2<len2; i2++){
const _errs88 = errors;
if(!(validate23(data40[i2], {instancePath:instancePath+"/result/users/" + i2,parentData:data40,parentDataProperty:i2,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
var valid7 = _errs88 === errors;
if(!valid7){
break;
}
}
}
else {
validate22.errors = [{instancePath:instancePath+"/result/users",schemaPath:"#/properties/result/properties/users/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid1 = _errs86 === errors;
}
else {
var valid1 = true;
}
}
}
}
else {
validate22.errors = [{instancePath:instancePath+"/result",schemaPath:"#/properties/result/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.time !== undefined){
let data42 = data.time;
const _errs89 = errors;
const _errs90 = errors;
if(errors === _errs90){
if(data42 && typeof data42 == "object" && !Array.isArray(data42)){
let missing3;
if(((((((data42.start === undefined) && (missing3 = "start")) || ((data42.finish === undefined) && (missing3 = "finish"))) || ((data42.duration === undefined) && (missing3 = "duration"))) || ((data42.processing === undefined) && (missing3 = "processing"))) || ((data42.date_start === undefined) && (missing3 = "date_start"))) || ((data42.date_finish === undefined) && (missing3 = "date_finish"))){
validate22.errors = [{instancePath:instancePath+"/time",schemaPath:"contract#/$defs/ResponseTime/required",keyword:"required",params:{missingProperty: missing3},message:"must have required property '"+missing3+"'"}];
return false;
}
else {
if(data42.start !== undefined){
let data43 = data42.start;
const _errs92 = errors;
if(!((typeof data43 == "number") && (isFinite(data43)))){
validate22.errors = [{instancePath:instancePath+"/time/start",schemaPath:"contract#/$defs/ResponseTime/properties/start/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid9 = _errs92 === errors;
}
else {
var valid9 = true;
}
if(valid9){
if(data42.finish !== undefined){
let data44 = data42.finish;
const _errs94 = errors;
if(!((typeof data44 == "number") && (isFinite(data44)))){
validate22.errors = [{instancePath:instancePath+"/time/finish",schemaPath:"contract#/$defs/ResponseTime/properties/finish/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid9 = _errs94 === errors;
}
else {
var valid9 = true;
}
if(valid9){
if(data42.duration !== undefined){
let data45 = data42.duration;
const _errs96 = errors;
if(!((typeof data45 == "number") && (isFinite(data45)))){
validate22.errors = [{instancePath:instancePath+"/time/duration",schemaPath:"contract#/$defs/ResponseTime/properties/duration/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid9 = _errs96 === errors;
}
else {
var valid9 = true;
}
if(valid9){
if(data42.processing !== undefined){
let data46 = data42.processing;
const _errs98 = errors;
if(!((typeof data46 == "number") && (isFinite(data46)))){
validate22.errors = [{instancePath:instancePath+"/time/processing",schemaPath:"contract#/$defs/ResponseTime/properties/processing/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid9 = _errs98 === errors;
}
else {
var valid9 = true;
}
if(valid9){
if(data42.date_start !== undefined){
let data47 = data42.date_start;
const _errs100 = errors;
if(errors === _errs100){
if(errors === _errs100){
if(typeof data47 === "string"){
if(!(formats0(data47))){
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
var valid9 = _errs100 === errors;
}
else {
var valid9 = true;
}
if(valid9){
if(data42.date_finish !== undefined){
let data48 = data42.date_finish;
const _errs102 = errors;
if(errors === _errs102){
if(errors === _errs102){
if(typeof data48 === "string"){
if(!(formats0(data48))){
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
var valid9 = _errs102 === errors;
}
else {
var valid9 = true;
}
if(valid9){
if(data42.operating !== undefined){
let data49 = data42.operating;
const _errs104 = errors;
if(!((typeof data49 == "number") && (isFinite(data49)))){
validate22.errors = [{instancePath:instancePath+"/time/operating",schemaPath:"contract#/$defs/ResponseTime/properties/operating/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid9 = _errs104 === errors;
}
else {
var valid9 = true;
}
if(valid9){
if(data42.operating_reset_at !== undefined){
let data50 = data42.operating_reset_at;
const _errs106 = errors;
if(!(((typeof data50 == "number") && (!(data50 % 1) && !isNaN(data50))) && (isFinite(data50)))){
validate22.errors = [{instancePath:instancePath+"/time/operating_reset_at",schemaPath:"contract#/$defs/ResponseTime/properties/operating_reset_at/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid9 = _errs106 === errors;
}
else {
var valid9 = true;
}
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
var valid0 = _errs89 === errors;
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

// This file is generated from schema/openapi.yaml by scripts/generate.ts. Do not edit.
// Ajv standalone code (JSON Schema 2020-12) for imbot.v2.Chat.get. Inputs 23421f3d673b122e, code 19f883662f802842.
// @ts-nocheck
/* eslint-disable */
import { formats, ucs2length } from '../../runtime/formats.js';
"use strict";
export const params = validate24;
const schema36 = {"$id":"params","$ref":"contract#/$defs/ImbotV2ChatGetParams"};
const schema37 = {"type":"object","required":["botId","dialogId"],"properties":{"botId":{"$ref":"contract#/$defs/BotId"},"botToken":{"$ref":"contract#/$defs/BotToken"},"dialogId":{"$ref":"contract#/$defs/DialogId"}}};
const schema38 = {"type":"integer","minimum":1};
const schema39 = {"type":"string","minLength":1,"maxLength":40};
const schema40 = {"type":"string","pattern":"^(chat[1-9][0-9]*|[1-9][0-9]*)$"};
const func1 = ucs2length;
const pattern4 = new RegExp("^(chat[1-9][0-9]*|[1-9][0-9]*)$", "u");

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
if(((data.botId === undefined) && (missing0 = "botId")) || ((data.dialogId === undefined) && (missing0 = "dialogId"))){
validate25.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.botId !== undefined){
let data0 = data.botId;
const _errs1 = errors;
const _errs2 = errors;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
validate25.errors = [{instancePath:instancePath+"/botId",schemaPath:"contract#/$defs/BotId/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs2){
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 < 1 || isNaN(data0)){
validate25.errors = [{instancePath:instancePath+"/botId",schemaPath:"contract#/$defs/BotId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
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
validate25.errors = [{instancePath:instancePath+"/botToken",schemaPath:"contract#/$defs/BotToken/maxLength",keyword:"maxLength",params:{limit: 40},message:"must NOT have more than 40 characters"}];
return false;
}
else {
if(func1(data1) < 1){
validate25.errors = [{instancePath:instancePath+"/botToken",schemaPath:"contract#/$defs/BotToken/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate25.errors = [{instancePath:instancePath+"/botToken",schemaPath:"contract#/$defs/BotToken/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.dialogId !== undefined){
let data2 = data.dialogId;
const _errs7 = errors;
const _errs8 = errors;
if(errors === _errs8){
if(typeof data2 === "string"){
if(!pattern4.test(data2)){
validate25.errors = [{instancePath:instancePath+"/dialogId",schemaPath:"contract#/$defs/DialogId/pattern",keyword:"pattern",params:{pattern: "^(chat[1-9][0-9]*|[1-9][0-9]*)$"},message:"must match pattern \""+"^(chat[1-9][0-9]*|[1-9][0-9]*)$"+"\""}];
return false;
}
}
else {
validate25.errors = [{instancePath:instancePath+"/dialogId",schemaPath:"contract#/$defs/DialogId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate25.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate25.errors = vErrors;
return errors === 0;
}
validate25.evaluated = {"props":{"botId":true,"botToken":true,"dialogId":true},"dynamicProps":false,"dynamicItems":false};


function validate24(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="params" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate24.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate25(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
validate24.errors = vErrors;
return errors === 0;
}
validate24.evaluated = {"props":{"botId":true,"botToken":true,"dialogId":true},"dynamicProps":false,"dynamicItems":false};

export const success = validate20;
const schema31 = {"$id":"success","$ref":"contract#/$defs/ImbotV2ChatGetSuccess"};
const schema33 = {"type":"object","required":["result","time"],"properties":{"result":{"type":"object","required":["chat"],"properties":{"chat":{"$ref":"contract#/$defs/Chat"}}},"time":{"$ref":"contract#/$defs/ResponseTime"}}};
const schema34 = {"type":"object","required":["id","dialogId"],"properties":{"id":{"type":"integer","minimum":1},"dialogId":{"type":"string"},"name":{"type":"string"},"type":{"type":"string"},"messageType":{"type":"string"},"owner":{"type":"integer"},"color":{"type":["string","null"]},"avatar":{"type":"string"},"description":{"type":"string"},"extranet":{"type":"boolean"},"role":{"type":"string","enum":["owner","manager","member","guest","none"]},"containsCollaber":{"type":"boolean"},"muteList":{"type":"array","items":{"type":"integer"}},"entityType":{"type":"string"},"entityId":{"type":"string"},"entityData1":{"type":"string"},"entityData2":{"type":"string"},"entityData3":{"type":"string"},"entityLink":{"type":"object"},"diskFolderId":{"type":["integer","null"]},"permissions":{"type":"object"},"parentChatId":{"type":["integer","null"]},"parentMessageId":{"type":["integer","null"]},"isNew":{"type":"boolean"},"textFieldEnabled":{"type":"string","enum":["Y","N"]},"backgroundId":{"type":["string","null"]},"dateCreate":{"type":["string","null"],"format":"date-time"},"lastMessageId":{"type":["integer","null"]},"lastId":{"type":["integer","null"]},"managerList":{"type":"array","items":{"type":"integer"}},"messageCount":{"type":"integer"},"userCounter":{"type":"integer"},"unreadId":{"type":["integer","null"]},"lastMessageViews":{"type":"string"},"markedId":{"type":["integer","null"]},"public":{"oneOf":[{"type":"object"},{"type":"string"}]}}};
const schema35 = {"type":"object","required":["start","finish","duration","processing","date_start","date_finish"],"properties":{"start":{"type":"number"},"finish":{"type":"number"},"duration":{"type":"number"},"processing":{"type":"number"},"date_start":{"type":"string","format":"date-time"},"date_finish":{"type":"string","format":"date-time"},"operating":{"type":"number"},"operating_reset_at":{"type":"integer"}}};
const formats0 = formats["date-time"];

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
if((data0.chat === undefined) && (missing1 = "chat")){
validate22.errors = [{instancePath:instancePath+"/result",schemaPath:"#/properties/result/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data0.chat !== undefined){
let data1 = data0.chat;
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
let data40 = data.time;
const _errs86 = errors;
const _errs87 = errors;
if(errors === _errs87){
if(data40 && typeof data40 == "object" && !Array.isArray(data40)){
let missing3;
if(((((((data40.start === undefined) && (missing3 = "start")) || ((data40.finish === undefined) && (missing3 = "finish"))) || ((data40.duration === undefined) && (missing3 = "duration"))) || ((data40.processing === undefined) && (missing3 = "processing"))) || ((data40.date_start === undefined) && (missing3 = "date_start"))) || ((data40.date_finish === undefined) && (missing3 = "date_finish"))){
validate22.errors = [{instancePath:instancePath+"/time",schemaPath:"contract#/$defs/ResponseTime/required",keyword:"required",params:{missingProperty: missing3},message:"must have required property '"+missing3+"'"}];
return false;
}
else {
if(data40.start !== undefined){
let data41 = data40.start;
const _errs89 = errors;
if(!((typeof data41 == "number") && (isFinite(data41)))){
validate22.errors = [{instancePath:instancePath+"/time/start",schemaPath:"contract#/$defs/ResponseTime/properties/start/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid8 = _errs89 === errors;
}
else {
var valid8 = true;
}
if(valid8){
if(data40.finish !== undefined){
let data42 = data40.finish;
const _errs91 = errors;
if(!((typeof data42 == "number") && (isFinite(data42)))){
validate22.errors = [{instancePath:instancePath+"/time/finish",schemaPath:"contract#/$defs/ResponseTime/properties/finish/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid8 = _errs91 === errors;
}
else {
var valid8 = true;
}
if(valid8){
if(data40.duration !== undefined){
let data43 = data40.duration;
const _errs93 = errors;
if(!((typeof data43 == "number") && (isFinite(data43)))){
validate22.errors = [{instancePath:instancePath+"/time/duration",schemaPath:"contract#/$defs/ResponseTime/properties/duration/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid8 = _errs93 === errors;
}
else {
var valid8 = true;
}
if(valid8){
if(data40.processing !== undefined){
let data44 = data40.processing;
const _errs95 = errors;
if(!((typeof data44 == "number") && (isFinite(data44)))){
validate22.errors = [{instancePath:instancePath+"/time/processing",schemaPath:"contract#/$defs/ResponseTime/properties/processing/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid8 = _errs95 === errors;
}
else {
var valid8 = true;
}
if(valid8){
if(data40.date_start !== undefined){
let data45 = data40.date_start;
const _errs97 = errors;
if(errors === _errs97){
if(errors === _errs97){
if(typeof data45 === "string"){
if(!(formats0(data45))){
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
var valid8 = _errs97 === errors;
}
else {
var valid8 = true;
}
if(valid8){
if(data40.date_finish !== undefined){
let data46 = data40.date_finish;
const _errs99 = errors;
if(errors === _errs99){
if(errors === _errs99){
if(typeof data46 === "string"){
if(!(formats0(data46))){
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
var valid8 = _errs99 === errors;
}
else {
var valid8 = true;
}
if(valid8){
if(data40.operating !== undefined){
let data47 = data40.operating;
const _errs101 = errors;
if(!((typeof data47 == "number") && (isFinite(data47)))){
validate22.errors = [{instancePath:instancePath+"/time/operating",schemaPath:"contract#/$defs/ResponseTime/properties/operating/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid8 = _errs101 === errors;
}
else {
var valid8 = true;
}
if(valid8){
if(data40.operating_reset_at !== undefined){
let data48 = data40.operating_reset_at;
const _errs103 = errors;
if(!(((typeof data48 == "number") && (!(data48 % 1) && !isNaN(data48))) && (isFinite(data48)))){
validate22.errors = [{instancePath:instancePath+"/time/operating_reset_at",schemaPath:"contract#/$defs/ResponseTime/properties/operating_reset_at/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid8 = _errs103 === errors;
}
else {
var valid8 = true;
}
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
var valid0 = _errs86 === errors;
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

// This file is generated from schema/openapi.yaml by scripts/generate.ts. Do not edit.
// Ajv standalone code (JSON Schema 2020-12) for imbot.v2.File.upload. Inputs 529e1f2d5c44a1df, code 4e43cccdef62bf67.
// @ts-nocheck
/* eslint-disable */
import { formats, ucs2length } from '../../runtime/formats.js';
"use strict";
export const params = validate26;
const schema39 = {"$id":"params","$ref":"contract#/$defs/ImbotV2FileUploadParams"};
const schema40 = {"type":"object","required":["botId","dialogId","fields"],"properties":{"botId":{"$ref":"contract#/$defs/BotId"},"botToken":{"$ref":"contract#/$defs/BotToken"},"dialogId":{"$ref":"contract#/$defs/DialogId"},"fields":{"type":"object","required":["name","content"],"properties":{"name":{"type":"string","minLength":1},"content":{"type":"string","minLength":1,"maxLength":139810136,"contentEncoding":"base64"},"message":{"$ref":"contract#/$defs/ImbotV2MessageText"}}}}};
const schema41 = {"type":"integer","minimum":1};
const schema42 = {"type":"string","minLength":1,"maxLength":40};
const schema37 = {"type":"string","pattern":"^(chat[1-9][0-9]*|[1-9][0-9]*)$"};
const schema44 = {"type":"string","maxLength":20000};
const func1 = ucs2length;
const pattern4 = new RegExp("^(chat[1-9][0-9]*|[1-9][0-9]*)$", "u");

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
if((((data.botId === undefined) && (missing0 = "botId")) || ((data.dialogId === undefined) && (missing0 = "dialogId"))) || ((data.fields === undefined) && (missing0 = "fields"))){
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
if(data.dialogId !== undefined){
let data2 = data.dialogId;
const _errs7 = errors;
const _errs8 = errors;
if(errors === _errs8){
if(typeof data2 === "string"){
if(!pattern4.test(data2)){
validate27.errors = [{instancePath:instancePath+"/dialogId",schemaPath:"contract#/$defs/DialogId/pattern",keyword:"pattern",params:{pattern: "^(chat[1-9][0-9]*|[1-9][0-9]*)$"},message:"must match pattern \""+"^(chat[1-9][0-9]*|[1-9][0-9]*)$"+"\""}];
return false;
}
}
else {
validate27.errors = [{instancePath:instancePath+"/dialogId",schemaPath:"contract#/$defs/DialogId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.fields !== undefined){
let data3 = data.fields;
const _errs10 = errors;
if(errors === _errs10){
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
let missing1;
if(((data3.name === undefined) && (missing1 = "name")) || ((data3.content === undefined) && (missing1 = "content"))){
validate27.errors = [{instancePath:instancePath+"/fields",schemaPath:"#/properties/fields/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data3.name !== undefined){
let data4 = data3.name;
const _errs12 = errors;
if(errors === _errs12){
if(typeof data4 === "string"){
if(func1(data4) < 1){
validate27.errors = [{instancePath:instancePath+"/fields/name",schemaPath:"#/properties/fields/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate27.errors = [{instancePath:instancePath+"/fields/name",schemaPath:"#/properties/fields/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid4 = _errs12 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data3.content !== undefined){
let data5 = data3.content;
const _errs14 = errors;
if(errors === _errs14){
if(typeof data5 === "string"){
if(func1(data5) > 139810136){
validate27.errors = [{instancePath:instancePath+"/fields/content",schemaPath:"#/properties/fields/properties/content/maxLength",keyword:"maxLength",params:{limit: 139810136},message:"must NOT have more than 139810136 characters"}];
return false;
}
else {
if(func1(data5) < 1){
validate27.errors = [{instancePath:instancePath+"/fields/content",schemaPath:"#/properties/fields/properties/content/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate27.errors = [{instancePath:instancePath+"/fields/content",schemaPath:"#/properties/fields/properties/content/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid4 = _errs14 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data3.message !== undefined){
let data6 = data3.message;
const _errs16 = errors;
const _errs17 = errors;
if(errors === _errs17){
if(typeof data6 === "string"){
if(func1(data6) > 20000){
validate27.errors = [{instancePath:instancePath+"/fields/message",schemaPath:"contract#/$defs/ImbotV2MessageText/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters"}];
return false;
}
}
else {
validate27.errors = [{instancePath:instancePath+"/fields/message",schemaPath:"contract#/$defs/ImbotV2MessageText/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid4 = _errs16 === errors;
}
else {
var valid4 = true;
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
var valid0 = _errs10 === errors;
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
validate27.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate27.errors = vErrors;
return errors === 0;
}
validate27.evaluated = {"props":{"botId":true,"botToken":true,"dialogId":true,"fields":true},"dynamicProps":false,"dynamicItems":false};


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
validate26.evaluated = {"props":{"botId":true,"botToken":true,"dialogId":true,"fields":true},"dynamicProps":false,"dynamicItems":false};

export const success = validate20;
const schema31 = {"$id":"success","$ref":"contract#/$defs/ImbotV2FileUploadSuccess"};
const schema33 = {"type":"object","required":["result","time"],"properties":{"result":{"$ref":"contract#/$defs/ImbotV2FileUploadResult"},"time":{"$ref":"contract#/$defs/ResponseTime"}}};
const schema38 = {"type":"object","required":["start","finish","duration","processing","date_start","date_finish"],"properties":{"start":{"type":"number"},"finish":{"type":"number"},"duration":{"type":"number"},"processing":{"type":"number"},"date_start":{"type":"string","format":"date-time"},"date_finish":{"type":"string","format":"date-time"},"operating":{"type":"number"},"operating_reset_at":{"type":"integer"}}};
const schema34 = {"type":"object","required":["file","messageId"],"properties":{"file":{"$ref":"contract#/$defs/File"},"messageId":{"$ref":"contract#/$defs/MessageId"},"chatId":{"type":"integer","minimum":1},"dialogId":{"$ref":"contract#/$defs/DialogId"}}};
const schema35 = {"type":"object","required":["id"],"properties":{"id":{"type":"integer","minimum":1},"chatId":{"type":"integer"},"date":{"type":["string","null"],"format":"date-time"},"type":{"type":"string","enum":["file","image","video","audio"]},"name":{"type":"string"},"extension":{"type":"string"},"size":{"type":"integer","minimum":0},"image":{"oneOf":[{"type":"object","properties":{"width":{"type":"integer"},"height":{"type":"integer"}}},{"const":false}]},"authorId":{"type":"integer"},"authorName":{"type":"string"},"isTranscribable":{"type":"boolean"},"isVideoNote":{"type":"boolean"},"isVoiceNote":{"type":"boolean"}}};
const schema36 = {"type":"integer","minimum":1};
const formats0 = formats["date-time"];

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
if(((data.file === undefined) && (missing0 = "file")) || ((data.messageId === undefined) && (missing0 = "messageId"))){
validate23.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.file !== undefined){
let data0 = data.file;
const _errs1 = errors;
const _errs2 = errors;
if(errors === _errs2){
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
let missing1;
if((data0.id === undefined) && (missing1 = "id")){
validate23.errors = [{instancePath:instancePath+"/file",schemaPath:"contract#/$defs/File/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data0.id !== undefined){
let data1 = data0.id;
const _errs4 = errors;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
validate23.errors = [{instancePath:instancePath+"/file/id",schemaPath:"contract#/$defs/File/properties/id/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs4){
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 < 1 || isNaN(data1)){
validate23.errors = [{instancePath:instancePath+"/file/id",schemaPath:"contract#/$defs/File/properties/id/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
var valid2 = _errs4 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data0.chatId !== undefined){
let data2 = data0.chatId;
const _errs6 = errors;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
validate23.errors = [{instancePath:instancePath+"/file/chatId",schemaPath:"contract#/$defs/File/properties/chatId/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid2 = _errs6 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data0.date !== undefined){
let data3 = data0.date;
const _errs8 = errors;
if((typeof data3 !== "string") && (data3 !== null)){
validate23.errors = [{instancePath:instancePath+"/file/date",schemaPath:"contract#/$defs/File/properties/date/type",keyword:"type",params:{type: schema35.properties.date.type},message:"must be string,null"}];
return false;
}
if(errors === _errs8){
if(errors === _errs8){
if(typeof data3 === "string"){
if(!(formats0(data3))){
validate23.errors = [{instancePath:instancePath+"/file/date",schemaPath:"contract#/$defs/File/properties/date/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
}
}
var valid2 = _errs8 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data0.type !== undefined){
let data4 = data0.type;
const _errs10 = errors;
if(typeof data4 !== "string"){
validate23.errors = [{instancePath:instancePath+"/file/type",schemaPath:"contract#/$defs/File/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((((data4 === "file") || (data4 === "image")) || (data4 === "video")) || (data4 === "audio"))){
validate23.errors = [{instancePath:instancePath+"/file/type",schemaPath:"contract#/$defs/File/properties/type/enum",keyword:"enum",params:{allowedValues: schema35.properties.type.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid2 = _errs10 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data0.name !== undefined){
const _errs12 = errors;
if(typeof data0.name !== "string"){
validate23.errors = [{instancePath:instancePath+"/file/name",schemaPath:"contract#/$defs/File/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs12 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data0.extension !== undefined){
const _errs14 = errors;
if(typeof data0.extension !== "string"){
validate23.errors = [{instancePath:instancePath+"/file/extension",schemaPath:"contract#/$defs/File/properties/extension/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs14 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data0.size !== undefined){
let data7 = data0.size;
const _errs16 = errors;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
validate23.errors = [{instancePath:instancePath+"/file/size",schemaPath:"contract#/$defs/File/properties/size/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs16){
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 < 0 || isNaN(data7)){
validate23.errors = [{instancePath:instancePath+"/file/size",schemaPath:"contract#/$defs/File/properties/size/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid2 = _errs16 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data0.image !== undefined){
let data8 = data0.image;
const _errs18 = errors;
const _errs19 = errors;
let valid3 = false;
let passing0 = null;
const _errs20 = errors;
if(errors === _errs20){
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
if(data8.width !== undefined){
let data9 = data8.width;
const _errs22 = errors;
if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
const err0 = {instancePath:instancePath+"/file/image/width",schemaPath:"contract#/$defs/File/properties/image/oneOf/0/properties/width/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var valid4 = _errs22 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data8.height !== undefined){
let data10 = data8.height;
const _errs24 = errors;
if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){
const err1 = {instancePath:instancePath+"/file/image/height",schemaPath:"contract#/$defs/File/properties/image/oneOf/0/properties/height/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
var valid4 = _errs24 === errors;
}
else {
var valid4 = true;
}
}
}
else {
const err2 = {instancePath:instancePath+"/file/image",schemaPath:"contract#/$defs/File/properties/image/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
var _valid0 = _errs20 === errors;
if(_valid0){
valid3 = true;
passing0 = 0;
var props0 = {};
props0.width = true;
props0.height = true;
}
const _errs26 = errors;
if(false !== data8){
const err3 = {instancePath:instancePath+"/file/image",schemaPath:"contract#/$defs/File/properties/image/oneOf/1/const",keyword:"const",params:{allowedValue: false},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
var _valid0 = _errs26 === errors;
if(_valid0 && valid3){
valid3 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid3 = true;
passing0 = 1;
}
}
if(!valid3){
const err4 = {instancePath:instancePath+"/file/image",schemaPath:"contract#/$defs/File/properties/image/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
validate23.errors = vErrors;
return false;
}
else {
errors = _errs19;
if(vErrors !== null){
if(_errs19){
vErrors.length = _errs19;
}
else {
vErrors = null;
}
}
}
var valid2 = _errs18 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data0.authorId !== undefined){
let data11 = data0.authorId;
const _errs27 = errors;
if(!(((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11))) && (isFinite(data11)))){
validate23.errors = [{instancePath:instancePath+"/file/authorId",schemaPath:"contract#/$defs/File/properties/authorId/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid2 = _errs27 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data0.authorName !== undefined){
const _errs29 = errors;
if(typeof data0.authorName !== "string"){
validate23.errors = [{instancePath:instancePath+"/file/authorName",schemaPath:"contract#/$defs/File/properties/authorName/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs29 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data0.isTranscribable !== undefined){
const _errs31 = errors;
if(typeof data0.isTranscribable !== "boolean"){
validate23.errors = [{instancePath:instancePath+"/file/isTranscribable",schemaPath:"contract#/$defs/File/properties/isTranscribable/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid2 = _errs31 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data0.isVideoNote !== undefined){
const _errs33 = errors;
if(typeof data0.isVideoNote !== "boolean"){
validate23.errors = [{instancePath:instancePath+"/file/isVideoNote",schemaPath:"contract#/$defs/File/properties/isVideoNote/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid2 = _errs33 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data0.isVoiceNote !== undefined){
const _errs35 = errors;
if(typeof data0.isVoiceNote !== "boolean"){
validate23.errors = [{instancePath:instancePath+"/file/isVoiceNote",schemaPath:"contract#/$defs/File/properties/isVoiceNote/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid2 = _errs35 === errors;
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
else {
validate23.errors = [{instancePath:instancePath+"/file",schemaPath:"contract#/$defs/File/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.messageId !== undefined){
let data16 = data.messageId;
const _errs37 = errors;
const _errs38 = errors;
if(!(((typeof data16 == "number") && (!(data16 % 1) && !isNaN(data16))) && (isFinite(data16)))){
validate23.errors = [{instancePath:instancePath+"/messageId",schemaPath:"contract#/$defs/MessageId/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs38){
if((typeof data16 == "number") && (isFinite(data16))){
if(data16 < 1 || isNaN(data16)){
validate23.errors = [{instancePath:instancePath+"/messageId",schemaPath:"contract#/$defs/MessageId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
var valid0 = _errs37 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.chatId !== undefined){
let data17 = data.chatId;
const _errs40 = errors;
if(!(((typeof data17 == "number") && (!(data17 % 1) && !isNaN(data17))) && (isFinite(data17)))){
validate23.errors = [{instancePath:instancePath+"/chatId",schemaPath:"#/properties/chatId/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs40){
if((typeof data17 == "number") && (isFinite(data17))){
if(data17 < 1 || isNaN(data17)){
validate23.errors = [{instancePath:instancePath+"/chatId",schemaPath:"#/properties/chatId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
var valid0 = _errs40 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.dialogId !== undefined){
let data18 = data.dialogId;
const _errs42 = errors;
const _errs43 = errors;
if(errors === _errs43){
if(typeof data18 === "string"){
if(!pattern4.test(data18)){
validate23.errors = [{instancePath:instancePath+"/dialogId",schemaPath:"contract#/$defs/DialogId/pattern",keyword:"pattern",params:{pattern: "^(chat[1-9][0-9]*|[1-9][0-9]*)$"},message:"must match pattern \""+"^(chat[1-9][0-9]*|[1-9][0-9]*)$"+"\""}];
return false;
}
}
else {
validate23.errors = [{instancePath:instancePath+"/dialogId",schemaPath:"contract#/$defs/DialogId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs42 === errors;
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
validate23.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate23.errors = vErrors;
return errors === 0;
}
validate23.evaluated = {"props":{"file":true,"messageId":true,"chatId":true,"dialogId":true},"dynamicProps":false,"dynamicItems":false};


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

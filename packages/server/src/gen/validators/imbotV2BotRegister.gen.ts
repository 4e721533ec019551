// This file is generated from schema/openapi.yaml by scripts/generate.ts. Do not edit.
// Ajv standalone code (JSON Schema 2020-12) for imbot.v2.Bot.register. Inputs ea35a647b3a52b7c, code 5e1284f8b02dead2.
// @ts-nocheck
/* eslint-disable */
import { formats, ucs2length } from '../../runtime/formats.js';
"use strict";
export const params = validate28;
const schema43 = {"$id":"params","$ref":"contract#/$defs/ImbotV2BotRegisterParams"};
const schema44 = {"type":"object","required":["fields"],"properties":{"fields":{"type":"object","required":["code","properties"],"properties":{"code":{"$ref":"contract#/$defs/BotCode"},"botToken":{"$ref":"contract#/$defs/BotToken"},"properties":{"allOf":[{"$ref":"contract#/$defs/BotProperties"},{"type":"object","required":["name"],"properties":{"name":{"type":"string","minLength":1}}}]},"type":{"$ref":"contract#/$defs/BotType","default":"bot"},"eventMode":{"$ref":"contract#/$defs/EventMode","default":"fetch"},"webhookUrl":{"type":"string","format":"uri"},"isHidden":{"type":"boolean","default":false},"isReactionsEnabled":{"type":"boolean","default":true},"isSupportOpenline":{"type":"boolean","default":false},"backgroundId":{"$ref":"contract#/$defs/BotBackgroundId"}}}}};
const schema45 = {"type":"string","minLength":1};
const schema46 = {"type":"string","minLength":1,"maxLength":40};
const schema51 = {"type":"string","enum":["bot","supervisor","personal","openline"],"default":"bot"};
const schema35 = {"type":"string","enum":["fetch","webhook"],"default":"fetch"};
const schema53 = {"type":"string","enum":["azure","mint","steel","slate","teal","cornflower","sky","peach","frost"]};
const func1 = ucs2length;
const schema47 = {"type":"object","properties":{"name":{"type":"string","minLength":1},"lastName":{"type":"string"},"workPosition":{"type":"string"},"color":{"$ref":"contract#/$defs/ChatColorV2"},"gender":{"$ref":"contract#/$defs/Gender"},"avatar":{"$ref":"contract#/$defs/Base64Image"}}};
const schema48 = {"type":"string","enum":["red","green","mint","lightBlue","darkBlue","purple","aqua","pink","lime","brown","azure","khaki","sand","marengo","gray","graphite"]};
const schema49 = {"type":"string","enum":["M","F"]};
const schema50 = {"type":"string","minLength":1,"contentEncoding":"base64","contentMediaType":"image/*"};

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
if(data.name !== undefined){
let data0 = data.name;
const _errs1 = errors;
if(errors === _errs1){
if(typeof data0 === "string"){
if(func1(data0) < 1){
validate30.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate30.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.lastName !== undefined){
const _errs3 = errors;
if(typeof data.lastName !== "string"){
validate30.errors = [{instancePath:instancePath+"/lastName",schemaPath:"#/properties/lastName/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.workPosition !== undefined){
const _errs5 = errors;
if(typeof data.workPosition !== "string"){
validate30.errors = [{instancePath:instancePath+"/workPosition",schemaPath:"#/properties/workPosition/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.color !== undefined){
let data3 = data.color;
const _errs7 = errors;
if(typeof data3 !== "string"){
validate30.errors = [{instancePath:instancePath+"/color",schemaPath:"contract#/$defs/ChatColorV2/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((((((((((((((((data3 === "red") || (data3 === "green")) || (data3 === "mint")) || (data3 === "lightBlue")) || (data3 === "darkBlue")) || (data3 === "purple")) || (data3 === "aqua")) || (data3 === "pink")) || (data3 === "lime")) || (data3 === "brown")) || (data3 === "azure")) || (data3 === "khaki")) || (data3 === "sand")) || (data3 === "marengo")) || (data3 === "gray")) || (data3 === "graphite"))){
validate30.errors = [{instancePath:instancePath+"/color",schemaPath:"contract#/$defs/ChatColorV2/enum",keyword:"enum",params:{allowedValues: schema48.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.gender !== undefined){
let data4 = data.gender;
const _errs10 = errors;
if(typeof data4 !== "string"){
validate30.errors = [{instancePath:instancePath+"/gender",schemaPath:"contract#/$defs/Gender/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((data4 === "M") || (data4 === "F"))){
validate30.errors = [{instancePath:instancePath+"/gender",schemaPath:"contract#/$defs/Gender/enum",keyword:"enum",params:{allowedValues: schema49.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.avatar !== undefined){
let data5 = data.avatar;
const _errs13 = errors;
const _errs14 = errors;
if(errors === _errs14){
if(typeof data5 === "string"){
if(func1(data5) < 1){
validate30.errors = [{instancePath:instancePath+"/avatar",schemaPath:"contract#/$defs/Base64Image/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate30.errors = [{instancePath:instancePath+"/avatar",schemaPath:"contract#/$defs/Base64Image/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs13 === errors;
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
validate30.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate30.errors = vErrors;
return errors === 0;
}
validate30.evaluated = {"props":{"name":true,"lastName":true,"workPosition":true,"color":true,"gender":true,"avatar":true},"dynamicProps":false,"dynamicItems":false};

const formats14 = formats.uri;

function validate29(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate29.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.fields === undefined) && (missing0 = "fields")){
validate29.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.fields !== undefined){
let data0 = data.fields;
const _errs1 = errors;
if(errors === _errs1){
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.type === undefined){
data0.type = "bot";
}
if(data0.eventMode === undefined){
data0.eventMode = "fetch";
}
if(data0.isHidden === undefined){
data0.isHidden = false;
}
if(data0.isReactionsEnabled === undefined){
data0.isReactionsEnabled = true;
}
if(data0.isSupportOpenline === undefined){
data0.isSupportOpenline = false;
}
let missing1;
if(((data0.code === undefined) && (missing1 = "code")) || ((data0.properties === undefined) && (missing1 = "properties"))){
validate29.errors = [{instancePath:instancePath+"/fields",schemaPath:"#/properties/fields/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data0.code !== undefined){
let data1 = data0.code;
const _errs3 = errors;
const _errs4 = errors;
if(errors === _errs4){
if(typeof data1 === "string"){
if(func1(data1) < 1){
validate29.errors = [{instancePath:instancePath+"/fields/code",schemaPath:"contract#/$defs/BotCode/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate29.errors = [{instancePath:instancePath+"/fields/code",schemaPath:"contract#/$defs/BotCode/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid1 = _errs3 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data0.botToken !== undefined){
let data2 = data0.botToken;
const _errs6 = errors;
const _errs7 = errors;
if(errors === _errs7){
if(typeof data2 === "string"){
if(func1(data2) > 40){
validate29.errors = [{instancePath:instancePath+"/fields/botToken",schemaPath:"contract#/$defs/BotToken/maxLength",keyword:"maxLength",params:{limit: 40},message:"must NOT have more than 40 characters"}];
return false;
}
else {
if(func1(data2) < 1){
validate29.errors = [{instancePath:instancePath+"/fields/botToken",schemaPath:"contract#/$defs/BotToken/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate29.errors = [{instancePath:instancePath+"/fields/botToken",schemaPath:"contract#/$defs/BotToken/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid1 = _errs6 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data0.properties !== undefined){
let data3 = data0.properties;
const _errs9 = errors;
const _errs10 = errors;
if(!(validate30(data3, {instancePath:instancePath+"/fields/properties",parentData:data0,parentDataProperty:"properties",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
errors = vErrors.length;
}
var valid4 = _errs10 === errors;
if(valid4){
const _errs11 = errors;
if(errors === _errs11){
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
let missing2;
if((data3.name === undefined) && (missing2 = "name")){
validate29.errors = [{instancePath:instancePath+"/fields/properties",schemaPath:"#/properties/fields/properties/properties/allOf/1/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
if(data3.name !== undefined){
let data4 = data3.name;
const _errs13 = errors;
if(errors === _errs13){
if(typeof data4 === "string"){
if(func1(data4) < 1){
validate29.errors = [{instancePath:instancePath+"/fields/properties/name",schemaPath:"#/properties/fields/properties/properties/allOf/1/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate29.errors = [{instancePath:instancePath+"/fields/properties/name",schemaPath:"#/properties/fields/properties/properties/allOf/1/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
}
}
else {
validate29.errors = [{instancePath:instancePath+"/fields/properties",schemaPath:"#/properties/fields/properties/properties/allOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid4 = _errs11 === errors;
}
var valid1 = _errs9 === errors;
}
else {
var valid1 = true;
}
if(valid1){
let data5 = data0.type;
const _errs15 = errors;
if(typeof data5 !== "string"){
validate29.errors = [{instancePath:instancePath+"/fields/type",schemaPath:"contract#/$defs/BotType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((((data5 === "bot") || (data5 === "supervisor")) || (data5 === "personal")) || (data5 === "openline"))){
validate29.errors = [{instancePath:instancePath+"/fields/type",schemaPath:"contract#/$defs/BotType/enum",keyword:"enum",params:{allowedValues: schema51.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid1 = _errs15 === errors;
if(valid1){
let data6 = data0.eventMode;
const _errs18 = errors;
if(typeof data6 !== "string"){
validate29.errors = [{instancePath:instancePath+"/fields/eventMode",schemaPath:"contract#/$defs/EventMode/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((data6 === "fetch") || (data6 === "webhook"))){
validate29.errors = [{instancePath:instancePath+"/fields/eventMode",schemaPath:"contract#/$defs/EventMode/enum",keyword:"enum",params:{allowedValues: schema35.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid1 = _errs18 === errors;
if(valid1){
if(data0.webhookUrl !== undefined){
let data7 = data0.webhookUrl;
const _errs21 = errors;
if(errors === _errs21){
if(errors === _errs21){
if(typeof data7 === "string"){
if(!(formats14(data7))){
validate29.errors = [{instancePath:instancePath+"/fields/webhookUrl",schemaPath:"#/properties/fields/properties/webhookUrl/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""}];
return false;
}
}
else {
validate29.errors = [{instancePath:instancePath+"/fields/webhookUrl",schemaPath:"#/properties/fields/properties/webhookUrl/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid1 = _errs21 === errors;
}
else {
var valid1 = true;
}
if(valid1){
const _errs23 = errors;
if(typeof data0.isHidden !== "boolean"){
validate29.errors = [{instancePath:instancePath+"/fields/isHidden",schemaPath:"#/properties/fields/properties/isHidden/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid1 = _errs23 === errors;
if(valid1){
const _errs25 = errors;
if(typeof data0.isReactionsEnabled !== "boolean"){
validate29.errors = [{instancePath:instancePath+"/fields/isReactionsEnabled",schemaPath:"#/properties/fields/properties/isReactionsEnabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid1 = _errs25 === errors;
if(valid1){
const _errs27 = errors;
if(typeof data0.isSupportOpenline !== "boolean"){
validate29.errors = [{instancePath:instancePath+"/fields/isSupportOpenline",schemaPath:"#/properties/fields/properties/isSupportOpenline/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid1 = _errs27 === errors;
if(valid1){
if(data0.backgroundId !== undefined){
let data11 = data0.backgroundId;
const _errs29 = errors;
if(typeof data11 !== "string"){
validate29.errors = [{instancePath:instancePath+"/fields/backgroundId",schemaPath:"contract#/$defs/BotBackgroundId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((((((((data11 === "azure") || (data11 === "mint")) || (data11 === "steel")) || (data11 === "slate")) || (data11 === "teal")) || (data11 === "cornflower")) || (data11 === "sky")) || (data11 === "peach")) || (data11 === "frost"))){
validate29.errors = [{instancePath:instancePath+"/fields/backgroundId",schemaPath:"contract#/$defs/BotBackgroundId/enum",keyword:"enum",params:{allowedValues: schema53.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid1 = _errs29 === errors;
}
else {
var valid1 = true;
}
}
}
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
validate29.errors = [{instancePath:instancePath+"/fields",schemaPath:"#/properties/fields/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
}
}
}
else {
validate29.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate29.errors = vErrors;
return errors === 0;
}
validate29.evaluated = {"props":{"fields":true},"dynamicProps":false,"dynamicItems":false};


function validate28(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="params" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate28.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate29(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
errors = vErrors.length;
}
validate28.errors = vErrors;
return errors === 0;
}
validate28.evaluated = {"props":{"fields":true},"dynamicProps":false,"dynamicItems":false};

export const success = validate20;
const schema31 = {"$id":"success","$ref":"contract#/$defs/ImbotV2BotRegisterSuccess"};
const schema33 = {"type":"object","required":["result","time"],"properties":{"result":{"type":"object","required":["bot","users"],"properties":{"bot":{"$ref":"contract#/$defs/Bot"},"users":{"type":"array","items":{"$ref":"contract#/$defs/User"}}}},"time":{"$ref":"contract#/$defs/ResponseTime"}}};
const schema42 = {"type":"object","required":["start","finish","duration","processing","date_start","date_finish"],"properties":{"start":{"type":"number"},"finish":{"type":"number"},"duration":{"type":"number"},"processing":{"type":"number"},"date_start":{"type":"string","format":"date-time"},"date_finish":{"type":"string","format":"date-time"},"operating":{"type":"number"},"operating_reset_at":{"type":"integer"}}};
const schema34 = {"type":"object","required":["id","code"],"properties":{"id":{"type":"integer","minimum":1},"code":{"type":"string"},"type":{"type":"string","enum":["bot","supervisor","personal","openline","network"]},"isHidden":{"type":"boolean"},"isSupportOpenline":{"type":"boolean"},"isReactionsEnabled":{"type":"boolean"},"backgroundId":{"type":["string","null"]},"language":{"type":"string"},"moduleId":{"type":"string"},"eventMode":{"$ref":"contract#/$defs/EventMode","default":"fetch"},"countMessage":{"type":"integer","minimum":0},"countCommand":{"type":"integer","minimum":0},"countChat":{"type":"integer","minimum":0},"countUser":{"type":"integer","minimum":0}}};

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
if(data.eventMode === undefined){
data.eventMode = "fetch";
}
let missing0;
if(((data.id === undefined) && (missing0 = "id")) || ((data.code === undefined) && (missing0 = "code"))){
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
if(data.code !== undefined){
const _errs3 = errors;
if(typeof data.code !== "string"){
validate23.errors = [{instancePath:instancePath+"/code",schemaPath:"#/properties/code/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate23.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((((data2 === "bot") || (data2 === "supervisor")) || (data2 === "personal")) || (data2 === "openline")) || (data2 === "network"))){
validate23.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema34.properties.type.enum},message:"must be equal to one of the allowed values"}];
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
validate23.errors = [{instancePath:instancePath+"/isHidden",schemaPath:"#/properties/isHidden/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
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
validate23.errors = [{instancePath:instancePath+"/isSupportOpenline",schemaPath:"#/properties/isSupportOpenline/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
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
validate23.errors = [{instancePath:instancePath+"/isReactionsEnabled",schemaPath:"#/properties/isReactionsEnabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
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
validate23.errors = [{instancePath:instancePath+"/backgroundId",schemaPath:"#/properties/backgroundId/type",keyword:"type",params:{type: schema34.properties.backgroundId.type},message:"must be string,null"}];
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
validate23.errors = [{instancePath:instancePath+"/language",schemaPath:"#/properties/language/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate23.errors = [{instancePath:instancePath+"/moduleId",schemaPath:"#/properties/moduleId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate23.errors = [{instancePath:instancePath+"/eventMode",schemaPath:"contract#/$defs/EventMode/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((data9 === "fetch") || (data9 === "webhook"))){
validate23.errors = [{instancePath:instancePath+"/eventMode",schemaPath:"contract#/$defs/EventMode/enum",keyword:"enum",params:{allowedValues: schema35.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs19 === errors;
if(valid0){
if(data.countMessage !== undefined){
let data10 = data.countMessage;
const _errs22 = errors;
if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){
validate23.errors = [{instancePath:instancePath+"/countMessage",schemaPath:"#/properties/countMessage/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs22){
if((typeof data10 == "number") && (isFinite(data10))){
if(data10 < 0 || isNaN(data10)){
validate23.errors = [{instancePath:instancePath+"/countMessage",schemaPath:"#/properties/countMessage/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
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
validate23.errors = [{instancePath:instancePath+"/countCommand",schemaPath:"#/properties/countCommand/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs24){
if((typeof data11 == "number") && (isFinite(data11))){
if(data11 < 0 || isNaN(data11)){
validate23.errors = [{instancePath:instancePath+"/countCommand",schemaPath:"#/properties/countCommand/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
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
validate23.errors = [{instancePath:instancePath+"/countChat",schemaPath:"#/properties/countChat/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs26){
if((typeof data12 == "number") && (isFinite(data12))){
if(data12 < 0 || isNaN(data12)){
validate23.errors = [{instancePath:instancePath+"/countChat",schemaPath:"#/properties/countChat/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
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
validate23.errors = [{instancePath:instancePath+"/countUser",schemaPath:"#/properties/countUser/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs28){
if((typeof data13 == "number") && (isFinite(data13))){
if(data13 < 0 || isNaN(data13)){
validate23.errors = [{instancePath:instancePath+"/countUser",schemaPath:"#/properties/countUser/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
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
validate23.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate23.errors = vErrors;
return errors === 0;
}
validate23.evaluated = {"props":{"id":true,"code":true,"type":true,"isHidden":true,"isSupportOpenline":true,"isReactionsEnabled":true,"backgroundId":true,"language":true,"moduleId":true,"eventMode":true,"countMessage":true,"countCommand":true,"countChat":true,"countUser":true},"dynamicProps":false,"dynamicItems":false};

const schema36 = {"type":"object","required":["id"],"properties":{"id":{"type":"integer","minimum":1},"active":{"type":"boolean"},"name":{"type":"string"},"firstName":{"type":"string"},"lastName":{"type":"string"},"workPosition":{"type":"string"},"color":{"type":"string"},"avatar":{"type":"string"},"gender":{"type":"string"},"birthday":{"type":"string"},"extranet":{"type":"boolean"},"bot":{"type":"boolean"},"connector":{"type":"boolean"},"externalAuthId":{"type":"string"},"status":{"type":"string"},"idle":{"$ref":"contract#/$defs/DateTimeOrFalse"},"lastActivityDate":{"$ref":"contract#/$defs/DateTimeOrFalse"},"mobileLastDate":{"$ref":"contract#/$defs/DateTimeOrFalse"},"desktopLastDate":{"$ref":"contract#/$defs/DateTimeOrFalse"},"absent":{"$ref":"contract#/$defs/DateTimeOrFalse"},"departments":{"type":"array","items":{"type":"integer"}},"phones":{"oneOf":[{"type":"object"},{"type":"array"},{"const":false}]},"type":{"type":"string"},"website":{"type":"string"},"email":{"type":"string"}}};
const schema37 = {"oneOf":[{"type":"string","format":"date-time"},{"const":false}]};
const formats0 = formats["date-time"];

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
if((data.id === undefined) && (missing0 = "id")){
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
if(data.active !== undefined){
const _errs3 = errors;
if(typeof data.active !== "boolean"){
validate25.errors = [{instancePath:instancePath+"/active",schemaPath:"#/properties/active/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
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
validate25.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate25.errors = [{instancePath:instancePath+"/firstName",schemaPath:"#/properties/firstName/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate25.errors = [{instancePath:instancePath+"/lastName",schemaPath:"#/properties/lastName/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate25.errors = [{instancePath:instancePath+"/workPosition",schemaPath:"#/properties/workPosition/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate25.errors = [{instancePath:instancePath+"/color",schemaPath:"#/properties/color/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate25.errors = [{instancePath:instancePath+"/avatar",schemaPath:"#/properties/avatar/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate25.errors = [{instancePath:instancePath+"/gender",schemaPath:"#/properties/gender/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate25.errors = [{instancePath:instancePath+"/birthday",schemaPath:"#/properties/birthday/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate25.errors = [{instancePath:instancePath+"/extranet",schemaPath:"#/properties/extranet/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
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
validate25.errors = [{instancePath:instancePath+"/bot",schemaPath:"#/properties/bot/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
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
validate25.errors = [{instancePath:instancePath+"/connector",schemaPath:"#/properties/connector/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
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
validate25.errors = [{instancePath:instancePath+"/externalAuthId",schemaPath:"#/properties/externalAuthId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate25.errors = [{instancePath:instancePath+"/status",schemaPath:"#/properties/status/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate25.errors = vErrors;
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
validate25.errors = vErrors;
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
validate25.errors = vErrors;
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
validate25.errors = vErrors;
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
validate25.errors = vErrors;
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
validate25.errors = [{instancePath:instancePath+"/departments/" + i0,schemaPath:"#/properties/departments/items/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid11 = _errs63 === errors;
if(!valid11){
break;
}
}
}
else {
validate25.errors = [{instancePath:instancePath+"/departments",schemaPath:"#/properties/departments/type",keyword:"type",params:{type: "array"},message:"must be array"}];
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
validate25.errors = vErrors;
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
validate25.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate25.errors = [{instancePath:instancePath+"/website",schemaPath:"#/properties/website/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate25.errors = [{instancePath:instancePath+"/email",schemaPath:"#/properties/email/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate25.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate25.errors = vErrors;
return errors === 0;
}
validate25.evaluated = {"props":{"id":true,"active":true,"name":true,"firstName":true,"lastName":true,"workPosition":true,"color":true,"avatar":true,"gender":true,"birthday":true,"extranet":true,"bot":true,"connector":true,"externalAuthId":true,"status":true,"idle":true,"lastActivityDate":true,"mobileLastDate":true,"desktopLastDate":true,"absent":true,"departments":true,"phones":true,"type":true,"website":true,"email":true},"dynamicProps":false,"dynamicItems":false};


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
if(((data0.bot === undefined) && (missing1 = "bot")) || ((data0.users === undefined) && (missing1 = "users"))){
validate22.errors = [{instancePath:instancePath+"/result",schemaPath:"#/properties/result/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data0.bot !== undefined){
const _errs3 = errors;
if(!(validate23(data0.bot, {instancePath:instancePath+"/result/bot",parentData:data0,parentDataProperty:"bot",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
var valid1 = _errs3 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data0.users !== undefined){
let data2 = data0.users;
const _errs4 = errors;
if(errors === _errs4){
if(Array.isArray(data2)){
var valid2 = true;
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
const _errs6 = errors;
if(!(validate25(data2[i0], {instancePath:instancePath+"/result/users/" + i0,parentData:data2,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
var valid2 = _errs6 === errors;
if(!valid2){
break;
}
}
}
else {
validate22.errors = [{instancePath:instancePath+"/result/users",schemaPath:"#/properties/result/properties/users/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid1 = _errs4 === errors;
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
let data4 = data.time;
const _errs7 = errors;
const _errs8 = errors;
if(errors === _errs8){
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
let missing2;
if(((((((data4.start === undefined) && (missing2 = "start")) || ((data4.finish === undefined) && (missing2 = "finish"))) || ((data4.duration === undefined) && (missing2 = "duration"))) || ((data4.processing === undefined) && (missing2 = "processing"))) || ((data4.date_start === undefined) && (missing2 = "date_start"))) || ((data4.date_finish === undefined) && (missing2 = "date_finish"))){
validate22.errors = [{instancePath:instancePath+"/time",schemaPath:"contract#/$defs/ResponseTime/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
if(data4.start !== undefined){
let data5 = data4.start;
const _errs10 = errors;
if(!((typeof data5 == "number") && (isFinite(data5)))){
validate22.errors = [{instancePath:instancePath+"/time/start",schemaPath:"contract#/$defs/ResponseTime/properties/start/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid4 = _errs10 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data4.finish !== undefined){
let data6 = data4.finish;
const _errs12 = errors;
if(!((typeof data6 == "number") && (isFinite(data6)))){
validate22.errors = [{instancePath:instancePath+"/time/finish",schemaPath:"contract#/$defs/ResponseTime/properties/finish/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid4 = _errs12 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data4.duration !== undefined){
let data7 = data4.duration;
const _errs14 = errors;
if(!((typeof data7 == "number") && (isFinite(data7)))){
validate22.errors = [{instancePath:instancePath+"/time/duration",schemaPath:"contract#/$defs/ResponseTime/properties/duration/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid4 = _errs14 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data4.processing !== undefined){
let data8 = data4.processing;
const _errs16 = errors;
if(!((typeof data8 == "number") && (isFinite(data8)))){
validate22.errors = [{instancePath:instancePath+"/time/processing",schemaPath:"contract#/$defs/ResponseTime/properties/processing/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid4 = _errs16 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data4.date_start !== undefined){
let data9 = data4.date_start;
const _errs18 = errors;
if(errors === _errs18){
if(errors === _errs18){
if(typeof data9 === "string"){
if(!(formats0(data9))){
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
var valid4 = _errs18 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data4.date_finish !== undefined){
let data10 = data4.date_finish;
const _errs20 = errors;
if(errors === _errs20){
if(errors === _errs20){
if(typeof data10 === "string"){
if(!(formats0(data10))){
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
var valid4 = _errs20 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data4.operating !== undefined){
let data11 = data4.operating;
const _errs22 = errors;
if(!((typeof data11 == "number") && (isFinite(data11)))){
validate22.errors = [{instancePath:instancePath+"/time/operating",schemaPath:"contract#/$defs/ResponseTime/properties/operating/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid4 = _errs22 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data4.operating_reset_at !== undefined){
let data12 = data4.operating_reset_at;
const _errs24 = errors;
if(!(((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12))) && (isFinite(data12)))){
validate22.errors = [{instancePath:instancePath+"/time/operating_reset_at",schemaPath:"contract#/$defs/ResponseTime/properties/operating_reset_at/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid4 = _errs24 === errors;
}
else {
var valid4 = true;
}
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
var valid0 = _errs7 === errors;
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

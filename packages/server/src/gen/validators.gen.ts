// This file is generated from schema/openapi.yaml by scripts/generate.ts. Do not edit.
// Ajv standalone code (JSON Schema 2020-12). Typed in operations.gen.ts.
// @ts-nocheck
/* eslint-disable */
import { formats, ucs2length } from '../runtime/formats.js';
"use strict";
export const imbotChatAddParams = validate220;
const schema224 = {"$id":"imbotChatAddParams","$ref":"contract#/$defs/ImbotChatAddParams"};
const schema225 = {"type":"object","description":"Parameters of imbot.chat.add. Names are case-insensitive on the wire; unknown parameters are ignored by portals.","required":["USERS"],"properties":{"TYPE":{"$ref":"contract#/$defs/ChatType","default":"CHAT"},"TITLE":{"type":"string","description":"Chat title. Portals make one up when it is empty or missing.","example":"My new private chat"},"DESCRIPTION":{"type":"string","description":"Chat description.","example":"Very important events"},"COLOR":{"$ref":"contract#/$defs/ChatColor"},"MESSAGE":{"type":"string","description":"First welcome message in the chat, sent by the bot.","example":"Welcome!"},"USERS":{"type":"array","description":"Participants: ids of the users to add to the chat. Required by the page; a missing or empty list is answered with USERS_EMPTY. Today's portals treat it as optional, and answer INVALID_FORMAT for an item that is not a number.","minItems":1,"x-bitrix-empty-error":"USERS_EMPTY","items":{"$ref":"contract#/$defs/UserId"},"example":[1,2]},"AVATAR":{"type":"string","description":"Chat avatar: a base64-encoded image, without a `data:` prefix, up to 5000x5000 pixels. The encoding is not enforced: portals drop an image they cannot read without an error, so the page's own example (a placeholder text) is accepted.","contentEncoding":"base64","contentMediaType":"image/*","example":"iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="},"ENTITY_TYPE":{"type":"string","description":"Identifier of a custom entity (e.g. CHAT, CRM, OPENLINES, CALL), used to find the chat later and to tell the context in the bot's event handlers ONIMBOTMESSAGEADD, ONIMBOTMESSAGEUPDATE and ONIMBOTMESSAGEDELETE.","example":"CHAT"},"ENTITY_ID":{"type":"integer","minimum":1,"description":"Numeric identifier of the entity, used with ENTITY_TYPE to find the chat and in the bot's event handlers. The page makes it numeric; today's portals store it as a string.","example":13},"OWNER_ID":{"type":"integer","minimum":1,"deprecated":true,"description":"Id of the chat's owner; may be omitted when the chat is created for the intended user. Deprecated: today's portals ignore it and make the bot the owner.","example":39},"BOT_ID":{"type":"integer","minimum":1,"description":"Id of the bot making the request. May be omitted when the application has only one bot: portals then take the application's first bot.","example":39},"CLIENT_ID":{"type":"string","minLength":1,"description":"Not on the method page. The CLIENT_ID used when the bot was registered; required when the method is called through an incoming webhook (without it portals answer 403 ACCESS_DENIED).","x-bitrix-webhook-required":"ACCESS_DENIED","example":"my-bot-client-id"}}};
const schema226 = {"type":"string","description":"OPEN: an open chat anyone may join; CHAT: a regular invitation-only chat. Today's portals treat any value other than OPEN as CHAT.","enum":["OPEN","CHAT"],"default":"CHAT","example":"CHAT"};
const schema227 = {"type":"string","description":"Chat colour in the mobile app. Today's portals replace an unknown colour silently.","enum":["RED","GREEN","MINT","LIGHT_BLUE","DARK_BLUE","PURPLE","AQUA","PINK","LIME","BROWN","AZURE","KHAKI","SAND","MARENGO","GRAY","GRAPHITE"],"example":"PINK"};
const schema228 = {"type":"integer","minimum":1,"description":"A Bitrix24 user id.","example":1};
const func1 = ucs2length;

function validate221(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate221.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.TYPE === undefined){
data.TYPE = "CHAT";
}
let missing0;
if((data.USERS === undefined) && (missing0 = "USERS")){
validate221.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
let data0 = data.TYPE;
const _errs1 = errors;
if(typeof data0 !== "string"){
validate221.errors = [{instancePath:instancePath+"/TYPE",schemaPath:"contract#/$defs/ChatType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((data0 === "OPEN") || (data0 === "CHAT"))){
validate221.errors = [{instancePath:instancePath+"/TYPE",schemaPath:"contract#/$defs/ChatType/enum",keyword:"enum",params:{allowedValues: schema226.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs1 === errors;
if(valid0){
if(data.TITLE !== undefined){
const _errs5 = errors;
if(typeof data.TITLE !== "string"){
validate221.errors = [{instancePath:instancePath+"/TITLE",schemaPath:"#/properties/TITLE/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.DESCRIPTION !== undefined){
const _errs8 = errors;
if(typeof data.DESCRIPTION !== "string"){
validate221.errors = [{instancePath:instancePath+"/DESCRIPTION",schemaPath:"#/properties/DESCRIPTION/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.COLOR !== undefined){
let data3 = data.COLOR;
const _errs11 = errors;
if(typeof data3 !== "string"){
validate221.errors = [{instancePath:instancePath+"/COLOR",schemaPath:"contract#/$defs/ChatColor/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((((((((((((((((data3 === "RED") || (data3 === "GREEN")) || (data3 === "MINT")) || (data3 === "LIGHT_BLUE")) || (data3 === "DARK_BLUE")) || (data3 === "PURPLE")) || (data3 === "AQUA")) || (data3 === "PINK")) || (data3 === "LIME")) || (data3 === "BROWN")) || (data3 === "AZURE")) || (data3 === "KHAKI")) || (data3 === "SAND")) || (data3 === "MARENGO")) || (data3 === "GRAY")) || (data3 === "GRAPHITE"))){
validate221.errors = [{instancePath:instancePath+"/COLOR",schemaPath:"contract#/$defs/ChatColor/enum",keyword:"enum",params:{allowedValues: schema227.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.MESSAGE !== undefined){
const _errs15 = errors;
if(typeof data.MESSAGE !== "string"){
validate221.errors = [{instancePath:instancePath+"/MESSAGE",schemaPath:"#/properties/MESSAGE/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs15 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.USERS !== undefined){
let data5 = data.USERS;
const _errs18 = errors;
if(errors === _errs18){
if(Array.isArray(data5)){
if(data5.length < 1){
validate221.errors = [{instancePath:instancePath+"/USERS",schemaPath:"#/properties/USERS/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
return false;
}
else {
var valid3 = true;
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
let data6 = data5[i0];
const _errs22 = errors;
const _errs23 = errors;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
validate221.errors = [{instancePath:instancePath+"/USERS/" + i0,schemaPath:"contract#/$defs/UserId/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs23){
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 < 1 || isNaN(data6)){
validate221.errors = [{instancePath:instancePath+"/USERS/" + i0,schemaPath:"contract#/$defs/UserId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
var valid3 = _errs22 === errors;
if(!valid3){
break;
}
}
}
}
else {
validate221.errors = [{instancePath:instancePath+"/USERS",schemaPath:"#/properties/USERS/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs18 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.AVATAR !== undefined){
const _errs26 = errors;
if(typeof data.AVATAR !== "string"){
validate221.errors = [{instancePath:instancePath+"/AVATAR",schemaPath:"#/properties/AVATAR/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs26 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.ENTITY_TYPE !== undefined){
const _errs29 = errors;
if(typeof data.ENTITY_TYPE !== "string"){
validate221.errors = [{instancePath:instancePath+"/ENTITY_TYPE",schemaPath:"#/properties/ENTITY_TYPE/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs29 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.ENTITY_ID !== undefined){
let data9 = data.ENTITY_ID;
const _errs32 = errors;
if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
validate221.errors = [{instancePath:instancePath+"/ENTITY_ID",schemaPath:"#/properties/ENTITY_ID/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs32){
if((typeof data9 == "number") && (isFinite(data9))){
if(data9 < 1 || isNaN(data9)){
validate221.errors = [{instancePath:instancePath+"/ENTITY_ID",schemaPath:"#/properties/ENTITY_ID/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
var valid0 = _errs32 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.OWNER_ID !== undefined){
let data10 = data.OWNER_ID;
const _errs35 = errors;
if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){
validate221.errors = [{instancePath:instancePath+"/OWNER_ID",schemaPath:"#/properties/OWNER_ID/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs35){
if((typeof data10 == "number") && (isFinite(data10))){
if(data10 < 1 || isNaN(data10)){
validate221.errors = [{instancePath:instancePath+"/OWNER_ID",schemaPath:"#/properties/OWNER_ID/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
var valid0 = _errs35 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.BOT_ID !== undefined){
let data11 = data.BOT_ID;
const _errs38 = errors;
if(!(((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11))) && (isFinite(data11)))){
validate221.errors = [{instancePath:instancePath+"/BOT_ID",schemaPath:"#/properties/BOT_ID/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs38){
if((typeof data11 == "number") && (isFinite(data11))){
if(data11 < 1 || isNaN(data11)){
validate221.errors = [{instancePath:instancePath+"/BOT_ID",schemaPath:"#/properties/BOT_ID/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
var valid0 = _errs38 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.CLIENT_ID !== undefined){
let data12 = data.CLIENT_ID;
const _errs41 = errors;
if(errors === _errs41){
if(typeof data12 === "string"){
if(func1(data12) < 1){
validate221.errors = [{instancePath:instancePath+"/CLIENT_ID",schemaPath:"#/properties/CLIENT_ID/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate221.errors = [{instancePath:instancePath+"/CLIENT_ID",schemaPath:"#/properties/CLIENT_ID/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs41 === errors;
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
validate221.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate221.errors = vErrors;
return errors === 0;
}
validate221.evaluated = {"props":{"TYPE":true,"TITLE":true,"DESCRIPTION":true,"COLOR":true,"MESSAGE":true,"USERS":true,"AVATAR":true,"ENTITY_TYPE":true,"ENTITY_ID":true,"OWNER_ID":true,"BOT_ID":true,"CLIENT_ID":true},"dynamicProps":false,"dynamicItems":false};


function validate220(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="imbotChatAddParams" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate220.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate221(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate221.errors : vErrors.concat(validate221.errors);
errors = vErrors.length;
}
validate220.errors = vErrors;
return errors === 0;
}
validate220.evaluated = {"props":{"TYPE":true,"TITLE":true,"DESCRIPTION":true,"COLOR":true,"MESSAGE":true,"USERS":true,"AVATAR":true,"ENTITY_TYPE":true,"ENTITY_ID":true,"OWNER_ID":true,"BOT_ID":true,"CLIENT_ID":true},"dynamicProps":false,"dynamicItems":false};

export const imbotChatAddSuccess = validate20;
const schema31 = {"$id":"imbotChatAddSuccess","$ref":"contract#/$defs/ImbotChatAddSuccess"};
const schema33 = {"type":"object","description":"The success envelope.","required":["result","time"],"properties":{"result":{"$ref":"contract#/$defs/ChatId"},"time":{"$ref":"contract#/$defs/ResponseTime"}}};
const schema34 = {"type":"integer","minimum":1,"description":"The new chat's id (CHAT_ID).","example":2725};
const schema35 = {"type":"object","description":"Timing of the request on the portal.","required":["start","finish","duration","processing","date_start","date_finish"],"properties":{"start":{"type":"number","description":"Unix time the request started, in seconds.","example":1771928379},"finish":{"type":"number","description":"Unix time the request finished, in seconds.","example":1771928380.102187},"duration":{"type":"number","description":"finish - start, in seconds.","example":1.102186918258667},"processing":{"type":"number","description":"Time spent running the method, in seconds.","example":1},"date_start":{"type":"string","format":"date-time","description":"When the request started.","example":"2026-02-24T13:19:39+01:00"},"date_finish":{"type":"string","format":"date-time","description":"When the request finished.","example":"2026-02-24T13:19:40+01:00"},"operating":{"type":"number","description":"Run time used by this method in the current rate-limit window, in seconds.","example":0},"operating_reset_at":{"type":"integer","description":"Unix time at which `operating` resets.","example":1771928979}}};
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
const _errs2 = errors;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
validate22.errors = [{instancePath:instancePath+"/result",schemaPath:"contract#/$defs/ChatId/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs2){
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 < 1 || isNaN(data0)){
validate22.errors = [{instancePath:instancePath+"/result",schemaPath:"contract#/$defs/ChatId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
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
if(data.time !== undefined){
let data1 = data.time;
const _errs5 = errors;
const _errs6 = errors;
if(errors === _errs6){
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
let missing1;
if(((((((data1.start === undefined) && (missing1 = "start")) || ((data1.finish === undefined) && (missing1 = "finish"))) || ((data1.duration === undefined) && (missing1 = "duration"))) || ((data1.processing === undefined) && (missing1 = "processing"))) || ((data1.date_start === undefined) && (missing1 = "date_start"))) || ((data1.date_finish === undefined) && (missing1 = "date_finish"))){
validate22.errors = [{instancePath:instancePath+"/time",schemaPath:"contract#/$defs/ResponseTime/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data1.start !== undefined){
let data2 = data1.start;
const _errs8 = errors;
if(!((typeof data2 == "number") && (isFinite(data2)))){
validate22.errors = [{instancePath:instancePath+"/time/start",schemaPath:"contract#/$defs/ResponseTime/properties/start/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid3 = _errs8 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data1.finish !== undefined){
let data3 = data1.finish;
const _errs11 = errors;
if(!((typeof data3 == "number") && (isFinite(data3)))){
validate22.errors = [{instancePath:instancePath+"/time/finish",schemaPath:"contract#/$defs/ResponseTime/properties/finish/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid3 = _errs11 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data1.duration !== undefined){
let data4 = data1.duration;
const _errs14 = errors;
if(!((typeof data4 == "number") && (isFinite(data4)))){
validate22.errors = [{instancePath:instancePath+"/time/duration",schemaPath:"contract#/$defs/ResponseTime/properties/duration/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid3 = _errs14 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data1.processing !== undefined){
let data5 = data1.processing;
const _errs17 = errors;
if(!((typeof data5 == "number") && (isFinite(data5)))){
validate22.errors = [{instancePath:instancePath+"/time/processing",schemaPath:"contract#/$defs/ResponseTime/properties/processing/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid3 = _errs17 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data1.date_start !== undefined){
let data6 = data1.date_start;
const _errs20 = errors;
if(errors === _errs20){
if(errors === _errs20){
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
var valid3 = _errs20 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data1.date_finish !== undefined){
let data7 = data1.date_finish;
const _errs23 = errors;
if(errors === _errs23){
if(errors === _errs23){
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
var valid3 = _errs23 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data1.operating !== undefined){
let data8 = data1.operating;
const _errs26 = errors;
if(!((typeof data8 == "number") && (isFinite(data8)))){
validate22.errors = [{instancePath:instancePath+"/time/operating",schemaPath:"contract#/$defs/ResponseTime/properties/operating/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid3 = _errs26 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data1.operating_reset_at !== undefined){
let data9 = data1.operating_reset_at;
const _errs29 = errors;
if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
validate22.errors = [{instancePath:instancePath+"/time/operating_reset_at",schemaPath:"contract#/$defs/ResponseTime/properties/operating_reset_at/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid3 = _errs29 === errors;
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
else {
validate22.errors = [{instancePath:instancePath+"/time",schemaPath:"contract#/$defs/ResponseTime/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs5 === errors;
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
/*# sourceURL="imbotChatAddSuccess" */;
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

export const imbotV2BotRegisterParams = validate223;
const schema229 = {"$id":"imbotV2BotRegisterParams","$ref":"contract#/$defs/ImbotV2BotRegisterParams"};
const schema230 = {"type":"object","description":"Parameters of imbot.v2.Bot.register.","required":["fields"],"properties":{"fields":{"type":"object","description":"The bot to register.","required":["code","properties"],"properties":{"code":{"$ref":"contract#/$defs/BotCode"},"botToken":{"$ref":"contract#/$defs/BotToken"},"properties":{"allOf":[{"$ref":"contract#/$defs/BotProperties"},{"type":"object","required":["name"],"properties":{"name":{"type":"string","minLength":1,"description":"Required at registration."}}}],"description":"The bot's profile; `name` is required."},"type":{"$ref":"contract#/$defs/BotType","default":"bot"},"eventMode":{"$ref":"contract#/$defs/EventMode","default":"fetch"},"webhookUrl":{"type":"string","format":"uri","description":"Where the portal POSTs events; required when `eventMode` is `webhook`.","example":"https://bot.example.com/bitrix/events"},"isHidden":{"type":"boolean","description":"Hide the bot from the contact list.","example":false,"default":false},"isReactionsEnabled":{"type":"boolean","description":"Let users react to its messages.","example":true,"default":true},"isSupportOpenline":{"type":"boolean","description":"Let it work in Open Channels (type `openline`).","example":false,"default":false},"backgroundId":{"$ref":"contract#/$defs/BotBackgroundId"}}}}};
const schema231 = {"type":"string","minLength":1,"description":"The bot's code, unique within the application. Registering again with the same code returns the existing bot.","example":"support_bot"};
const schema232 = {"type":"string","minLength":1,"maxLength":40,"description":"The bot's own secret, chosen at imbot.v2.Bot.register (`fields.botToken`). Required when the call goes through an incoming webhook (without it: 400 BOT_TOKEN_NOT_SPECIFIED; a token that is not this bot's: 403 BOT_OWNERSHIP_ERROR); not needed with OAuth, where the bot is tied to the application. At most 40 characters (change log BOT-BC-0506-1).","example":"my_bot_token"};
const schema237 = {"type":"string","description":"How the bot behaves in chats (chat-bots-v2/index.md, bot types):\n- bot: answers mentions in group chats and every message in one-to-one dialogs (default);\n- supervisor: sees every message of the chats it is in;\n- personal: like supervisor, and hidden from search for users without access;\n- openline: a bot for Open Channels, otherwise like `bot`.\nThe error text of BOT_INVALID_TYPE on bot-register.md also names `network`; the contract\nfollows the bot types table, which does not.\n","enum":["bot","supervisor","personal","openline"],"default":"bot","example":"bot"};
const schema39 = {"type":"string","description":"How the bot gets its events: `fetch` (it polls imbot.v2.Event.get; the default) or `webhook` (the portal POSTs each event to `webhookUrl`).","enum":["fetch","webhook"],"default":"fetch","example":"fetch"};
const schema239 = {"type":"string","description":"Background of the bot's chat. Portals turn an unknown value into null (change log BOT-FIX-0408-4); the contract accepts only the listed ones.","enum":["azure","mint","steel","slate","teal","cornflower","sky","peach","frost"],"example":"azure"};
const schema233 = {"type":"object","description":"The bot's profile (its user card). `name` is required at registration (else BOT_PROPERTIES_REQUIRED), optional when updating.","properties":{"name":{"type":"string","minLength":1,"description":"Name shown in the chat list and the dialog header.","example":"Support Bot"},"lastName":{"type":"string","description":"Last name.","example":"Bot"},"workPosition":{"type":"string","description":"Position shown in the profile.","example":"AI Assistant"},"color":{"$ref":"contract#/$defs/ChatColorV2"},"gender":{"$ref":"contract#/$defs/Gender"},"avatar":{"$ref":"contract#/$defs/Base64Image"}},"example":{"name":"Support Bot","workPosition":"AI Assistant"}};
const schema234 = {"type":"string","description":"A chat or avatar colour, by camelCase code (v1 used upper case, e.g. LIGHT_BLUE). Portals assign a colour themselves when it is missing or unknown; the contract accepts only the listed codes.","enum":["red","green","mint","lightBlue","darkBlue","purple","aqua","pink","lime","brown","azure","khaki","sand","marengo","gray","graphite"],"example":"mint"};
const schema235 = {"type":"string","description":"Gender: M or F.","enum":["M","F"],"example":"M"};
const schema236 = {"type":"string","minLength":1,"description":"An image as base64, without a `data:...;base64,` prefix. Portals answer BOT_AVATAR_INCORRECT_TYPE / BOT_AVATAR_INCORRECT_SIZE (bots) for something that is not an image or is larger than 5000x5000 pixels; the encoding is documented, not enforced.","contentEncoding":"base64","contentMediaType":"image/*","example":"iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="};

function validate225(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate225.evaluated;
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
const _errs2 = errors;
if(errors === _errs2){
if(typeof data0 === "string"){
if(func1(data0) < 1){
validate225.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate225.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.lastName !== undefined){
const _errs5 = errors;
if(typeof data.lastName !== "string"){
validate225.errors = [{instancePath:instancePath+"/lastName",schemaPath:"#/properties/lastName/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.workPosition !== undefined){
const _errs8 = errors;
if(typeof data.workPosition !== "string"){
validate225.errors = [{instancePath:instancePath+"/workPosition",schemaPath:"#/properties/workPosition/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.color !== undefined){
let data3 = data.color;
const _errs11 = errors;
if(typeof data3 !== "string"){
validate225.errors = [{instancePath:instancePath+"/color",schemaPath:"contract#/$defs/ChatColorV2/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((((((((((((((((data3 === "red") || (data3 === "green")) || (data3 === "mint")) || (data3 === "lightBlue")) || (data3 === "darkBlue")) || (data3 === "purple")) || (data3 === "aqua")) || (data3 === "pink")) || (data3 === "lime")) || (data3 === "brown")) || (data3 === "azure")) || (data3 === "khaki")) || (data3 === "sand")) || (data3 === "marengo")) || (data3 === "gray")) || (data3 === "graphite"))){
validate225.errors = [{instancePath:instancePath+"/color",schemaPath:"contract#/$defs/ChatColorV2/enum",keyword:"enum",params:{allowedValues: schema234.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.gender !== undefined){
let data4 = data.gender;
const _errs15 = errors;
if(typeof data4 !== "string"){
validate225.errors = [{instancePath:instancePath+"/gender",schemaPath:"contract#/$defs/Gender/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((data4 === "M") || (data4 === "F"))){
validate225.errors = [{instancePath:instancePath+"/gender",schemaPath:"contract#/$defs/Gender/enum",keyword:"enum",params:{allowedValues: schema235.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs15 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.avatar !== undefined){
let data5 = data.avatar;
const _errs19 = errors;
const _errs20 = errors;
if(errors === _errs20){
if(typeof data5 === "string"){
if(func1(data5) < 1){
validate225.errors = [{instancePath:instancePath+"/avatar",schemaPath:"contract#/$defs/Base64Image/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate225.errors = [{instancePath:instancePath+"/avatar",schemaPath:"contract#/$defs/Base64Image/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs19 === errors;
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
validate225.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate225.errors = vErrors;
return errors === 0;
}
validate225.evaluated = {"props":{"name":true,"lastName":true,"workPosition":true,"color":true,"gender":true,"avatar":true},"dynamicProps":false,"dynamicItems":false};

const formats150 = formats.uri;

function validate224(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate224.evaluated;
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
validate224.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
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
validate224.errors = [{instancePath:instancePath+"/fields",schemaPath:"#/properties/fields/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
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
validate224.errors = [{instancePath:instancePath+"/fields/code",schemaPath:"contract#/$defs/BotCode/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate224.errors = [{instancePath:instancePath+"/fields/code",schemaPath:"contract#/$defs/BotCode/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
const _errs7 = errors;
const _errs8 = errors;
if(errors === _errs8){
if(typeof data2 === "string"){
if(func1(data2) > 40){
validate224.errors = [{instancePath:instancePath+"/fields/botToken",schemaPath:"contract#/$defs/BotToken/maxLength",keyword:"maxLength",params:{limit: 40},message:"must NOT have more than 40 characters"}];
return false;
}
else {
if(func1(data2) < 1){
validate224.errors = [{instancePath:instancePath+"/fields/botToken",schemaPath:"contract#/$defs/BotToken/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate224.errors = [{instancePath:instancePath+"/fields/botToken",schemaPath:"contract#/$defs/BotToken/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid1 = _errs7 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data0.properties !== undefined){
let data3 = data0.properties;
const _errs11 = errors;
const _errs12 = errors;
if(!(validate225(data3, {instancePath:instancePath+"/fields/properties",parentData:data0,parentDataProperty:"properties",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate225.errors : vErrors.concat(validate225.errors);
errors = vErrors.length;
}
var valid4 = _errs12 === errors;
if(valid4){
const _errs13 = errors;
if(errors === _errs13){
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
let missing2;
if((data3.name === undefined) && (missing2 = "name")){
validate224.errors = [{instancePath:instancePath+"/fields/properties",schemaPath:"#/properties/fields/properties/properties/allOf/1/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
if(data3.name !== undefined){
let data4 = data3.name;
const _errs15 = errors;
if(errors === _errs15){
if(typeof data4 === "string"){
if(func1(data4) < 1){
validate224.errors = [{instancePath:instancePath+"/fields/properties/name",schemaPath:"#/properties/fields/properties/properties/allOf/1/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate224.errors = [{instancePath:instancePath+"/fields/properties/name",schemaPath:"#/properties/fields/properties/properties/allOf/1/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
}
}
else {
validate224.errors = [{instancePath:instancePath+"/fields/properties",schemaPath:"#/properties/fields/properties/properties/allOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid4 = _errs13 === errors;
}
var valid1 = _errs11 === errors;
}
else {
var valid1 = true;
}
if(valid1){
let data5 = data0.type;
const _errs17 = errors;
if(typeof data5 !== "string"){
validate224.errors = [{instancePath:instancePath+"/fields/type",schemaPath:"contract#/$defs/BotType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((((data5 === "bot") || (data5 === "supervisor")) || (data5 === "personal")) || (data5 === "openline"))){
validate224.errors = [{instancePath:instancePath+"/fields/type",schemaPath:"contract#/$defs/BotType/enum",keyword:"enum",params:{allowedValues: schema237.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid1 = _errs17 === errors;
if(valid1){
let data6 = data0.eventMode;
const _errs21 = errors;
if(typeof data6 !== "string"){
validate224.errors = [{instancePath:instancePath+"/fields/eventMode",schemaPath:"contract#/$defs/EventMode/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((data6 === "fetch") || (data6 === "webhook"))){
validate224.errors = [{instancePath:instancePath+"/fields/eventMode",schemaPath:"contract#/$defs/EventMode/enum",keyword:"enum",params:{allowedValues: schema39.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid1 = _errs21 === errors;
if(valid1){
if(data0.webhookUrl !== undefined){
let data7 = data0.webhookUrl;
const _errs25 = errors;
if(errors === _errs25){
if(errors === _errs25){
if(typeof data7 === "string"){
if(!(formats150(data7))){
validate224.errors = [{instancePath:instancePath+"/fields/webhookUrl",schemaPath:"#/properties/fields/properties/webhookUrl/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""}];
return false;
}
}
else {
validate224.errors = [{instancePath:instancePath+"/fields/webhookUrl",schemaPath:"#/properties/fields/properties/webhookUrl/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid1 = _errs25 === errors;
}
else {
var valid1 = true;
}
if(valid1){
const _errs28 = errors;
if(typeof data0.isHidden !== "boolean"){
validate224.errors = [{instancePath:instancePath+"/fields/isHidden",schemaPath:"#/properties/fields/properties/isHidden/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid1 = _errs28 === errors;
if(valid1){
const _errs31 = errors;
if(typeof data0.isReactionsEnabled !== "boolean"){
validate224.errors = [{instancePath:instancePath+"/fields/isReactionsEnabled",schemaPath:"#/properties/fields/properties/isReactionsEnabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid1 = _errs31 === errors;
if(valid1){
const _errs34 = errors;
if(typeof data0.isSupportOpenline !== "boolean"){
validate224.errors = [{instancePath:instancePath+"/fields/isSupportOpenline",schemaPath:"#/properties/fields/properties/isSupportOpenline/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid1 = _errs34 === errors;
if(valid1){
if(data0.backgroundId !== undefined){
let data11 = data0.backgroundId;
const _errs37 = errors;
if(typeof data11 !== "string"){
validate224.errors = [{instancePath:instancePath+"/fields/backgroundId",schemaPath:"contract#/$defs/BotBackgroundId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((((((((data11 === "azure") || (data11 === "mint")) || (data11 === "steel")) || (data11 === "slate")) || (data11 === "teal")) || (data11 === "cornflower")) || (data11 === "sky")) || (data11 === "peach")) || (data11 === "frost"))){
validate224.errors = [{instancePath:instancePath+"/fields/backgroundId",schemaPath:"contract#/$defs/BotBackgroundId/enum",keyword:"enum",params:{allowedValues: schema239.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid1 = _errs37 === errors;
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
validate224.errors = [{instancePath:instancePath+"/fields",schemaPath:"#/properties/fields/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
}
}
}
else {
validate224.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate224.errors = vErrors;
return errors === 0;
}
validate224.evaluated = {"props":{"fields":true},"dynamicProps":false,"dynamicItems":false};


function validate223(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="imbotV2BotRegisterParams" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate223.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate224(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate224.errors : vErrors.concat(validate224.errors);
errors = vErrors.length;
}
validate223.errors = vErrors;
return errors === 0;
}
validate223.evaluated = {"props":{"fields":true},"dynamicProps":false,"dynamicItems":false};

export const imbotV2BotRegisterSuccess = validate24;
const schema36 = {"$id":"imbotV2BotRegisterSuccess","$ref":"contract#/$defs/ImbotV2BotRegisterSuccess"};
const schema37 = {"type":"object","description":"The success envelope of imbot.v2.Bot.register.","required":["result","time"],"properties":{"result":{"type":"object","description":"The bot and the users linked to it.","required":["bot","users"],"properties":{"bot":{"$ref":"contract#/$defs/Bot"},"users":{"type":"array","description":"The bot's user and related users.","items":{"$ref":"contract#/$defs/User"}}}},"time":{"$ref":"contract#/$defs/ResponseTime"}}};
const schema38 = {"type":"object","description":"A chat bot (entities.md, Bot). Everyone sees the first eight fields; the owning application also gets moduleId, eventMode and the four counters. Webhook events carry a cut-down bot ({id, code, auth}). The field `appId` was removed (change log BOT-FIX-0501-3).","required":["id","code"],"properties":{"id":{"type":"integer","minimum":1,"description":"Id of the bot's user."},"code":{"type":"string","description":"The bot's code, unique within its application."},"type":{"type":"string","description":"The bot's type (see BotType). `network` is listed here too: bots registered through v1 are visible in v2, and the BOT_INVALID_TYPE text names it.","enum":["bot","supervisor","personal","openline","network"]},"isHidden":{"type":"boolean","description":"Hidden from the contact list."},"isSupportOpenline":{"type":"boolean","description":"Works in Open Channels."},"isReactionsEnabled":{"type":"boolean","description":"Users may react to its messages."},"backgroundId":{"type":["string","null"],"description":"Background of the bot's chat (see BotBackgroundId), or null."},"language":{"type":"string","description":"Default language (`en`, `de`, ...)."},"moduleId":{"type":"string","description":"Owner only. Module the bot belongs to (`rest` for applications)."},"eventMode":{"$ref":"contract#/$defs/EventMode","default":"fetch"},"countMessage":{"type":"integer","minimum":0,"description":"Owner only. Number of messages processed."},"countCommand":{"type":"integer","minimum":0,"description":"Owner only. Number of registered commands."},"countChat":{"type":"integer","minimum":0,"description":"Owner only. Number of chats the bot is in."},"countUser":{"type":"integer","minimum":0,"description":"Owner only. Number of distinct users it talked to."}},"example":{"id":456,"code":"support_bot","type":"bot","isHidden":false,"isSupportOpenline":false,"isReactionsEnabled":true,"backgroundId":null,"language":"en","moduleId":"rest","eventMode":"fetch","countMessage":150,"countCommand":3,"countChat":12,"countUser":45}};

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
if(data.eventMode === undefined){
data.eventMode = "fetch";
}
let missing0;
if(((data.id === undefined) && (missing0 = "id")) || ((data.code === undefined) && (missing0 = "code"))){
validate26.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.id !== undefined){
let data0 = data.id;
const _errs2 = errors;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
validate26.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs2){
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 < 1 || isNaN(data0)){
validate26.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
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
const _errs4 = errors;
if(typeof data.code !== "string"){
validate26.errors = [{instancePath:instancePath+"/code",schemaPath:"#/properties/code/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.type !== undefined){
let data2 = data.type;
const _errs6 = errors;
if(typeof data2 !== "string"){
validate26.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((((data2 === "bot") || (data2 === "supervisor")) || (data2 === "personal")) || (data2 === "openline")) || (data2 === "network"))){
validate26.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema38.properties.type.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.isHidden !== undefined){
const _errs8 = errors;
if(typeof data.isHidden !== "boolean"){
validate26.errors = [{instancePath:instancePath+"/isHidden",schemaPath:"#/properties/isHidden/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.isSupportOpenline !== undefined){
const _errs10 = errors;
if(typeof data.isSupportOpenline !== "boolean"){
validate26.errors = [{instancePath:instancePath+"/isSupportOpenline",schemaPath:"#/properties/isSupportOpenline/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.isReactionsEnabled !== undefined){
const _errs12 = errors;
if(typeof data.isReactionsEnabled !== "boolean"){
validate26.errors = [{instancePath:instancePath+"/isReactionsEnabled",schemaPath:"#/properties/isReactionsEnabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs12 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.backgroundId !== undefined){
let data6 = data.backgroundId;
const _errs14 = errors;
if((typeof data6 !== "string") && (data6 !== null)){
validate26.errors = [{instancePath:instancePath+"/backgroundId",schemaPath:"#/properties/backgroundId/type",keyword:"type",params:{type: schema38.properties.backgroundId.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs14 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.language !== undefined){
const _errs16 = errors;
if(typeof data.language !== "string"){
validate26.errors = [{instancePath:instancePath+"/language",schemaPath:"#/properties/language/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs16 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.moduleId !== undefined){
const _errs18 = errors;
if(typeof data.moduleId !== "string"){
validate26.errors = [{instancePath:instancePath+"/moduleId",schemaPath:"#/properties/moduleId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs18 === errors;
}
else {
var valid0 = true;
}
if(valid0){
let data9 = data.eventMode;
const _errs20 = errors;
if(typeof data9 !== "string"){
validate26.errors = [{instancePath:instancePath+"/eventMode",schemaPath:"contract#/$defs/EventMode/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((data9 === "fetch") || (data9 === "webhook"))){
validate26.errors = [{instancePath:instancePath+"/eventMode",schemaPath:"contract#/$defs/EventMode/enum",keyword:"enum",params:{allowedValues: schema39.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs20 === errors;
if(valid0){
if(data.countMessage !== undefined){
let data10 = data.countMessage;
const _errs24 = errors;
if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){
validate26.errors = [{instancePath:instancePath+"/countMessage",schemaPath:"#/properties/countMessage/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs24){
if((typeof data10 == "number") && (isFinite(data10))){
if(data10 < 0 || isNaN(data10)){
validate26.errors = [{instancePath:instancePath+"/countMessage",schemaPath:"#/properties/countMessage/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
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
if(data.countCommand !== undefined){
let data11 = data.countCommand;
const _errs26 = errors;
if(!(((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11))) && (isFinite(data11)))){
validate26.errors = [{instancePath:instancePath+"/countCommand",schemaPath:"#/properties/countCommand/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs26){
if((typeof data11 == "number") && (isFinite(data11))){
if(data11 < 0 || isNaN(data11)){
validate26.errors = [{instancePath:instancePath+"/countCommand",schemaPath:"#/properties/countCommand/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
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
if(data.countChat !== undefined){
let data12 = data.countChat;
const _errs28 = errors;
if(!(((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12))) && (isFinite(data12)))){
validate26.errors = [{instancePath:instancePath+"/countChat",schemaPath:"#/properties/countChat/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs28){
if((typeof data12 == "number") && (isFinite(data12))){
if(data12 < 0 || isNaN(data12)){
validate26.errors = [{instancePath:instancePath+"/countChat",schemaPath:"#/properties/countChat/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid0 = _errs28 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.countUser !== undefined){
let data13 = data.countUser;
const _errs30 = errors;
if(!(((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13))) && (isFinite(data13)))){
validate26.errors = [{instancePath:instancePath+"/countUser",schemaPath:"#/properties/countUser/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs30){
if((typeof data13 == "number") && (isFinite(data13))){
if(data13 < 0 || isNaN(data13)){
validate26.errors = [{instancePath:instancePath+"/countUser",schemaPath:"#/properties/countUser/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid0 = _errs30 === errors;
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
validate26.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate26.errors = vErrors;
return errors === 0;
}
validate26.evaluated = {"props":{"id":true,"code":true,"type":true,"isHidden":true,"isSupportOpenline":true,"isReactionsEnabled":true,"backgroundId":true,"language":true,"moduleId":true,"eventMode":true,"countMessage":true,"countCommand":true,"countChat":true,"countUser":true},"dynamicProps":false,"dynamicItems":false};

const schema40 = {"type":"object","description":"A portal user, as in `user` fields and `users` lists (entities.md, User). In events sent while online, idle, lastActivityDate, mobileLastDate and desktopLastDate are always false. Method pages show shortened users ({id, active, name, bot, type}), so only `id` is required.","required":["id"],"properties":{"id":{"type":"integer","minimum":1,"description":"User id."},"active":{"type":"boolean","description":"Whether the user is active."},"name":{"type":"string","description":"Full name."},"firstName":{"type":"string","description":"First name."},"lastName":{"type":"string","description":"Last name."},"workPosition":{"type":"string","description":"Job title."},"color":{"type":"string","description":"Colour of the avatar placeholder, as HEX (`#df532d`)."},"avatar":{"type":"string","description":"Avatar URL, or an empty string."},"gender":{"type":"string","description":"M or F (an empty string is possible when unknown)."},"birthday":{"type":"string","description":"Birthday, or an empty string. The format varies between pages (`15-03`)."},"extranet":{"type":"boolean","description":"Whether the user is an extranet user."},"bot":{"type":"boolean","description":"Whether the user is a bot."},"connector":{"type":"boolean","description":"Whether the user is an Open Channels connector."},"externalAuthId":{"type":"string","description":"External authorisation type (`default`, `bot`, `email`, `replica`, ...)."},"status":{"type":"string","description":"Status (`online`, `dnd`, ...)."},"idle":{"$ref":"contract#/$defs/DateTimeOrFalse"},"lastActivityDate":{"$ref":"contract#/$defs/DateTimeOrFalse"},"mobileLastDate":{"$ref":"contract#/$defs/DateTimeOrFalse"},"desktopLastDate":{"$ref":"contract#/$defs/DateTimeOrFalse"},"absent":{"$ref":"contract#/$defs/DateTimeOrFalse"},"departments":{"type":"array","description":"Ids of the user's departments.","items":{"type":"integer"}},"phones":{"description":"Phone numbers by kind (`personalPhone`, `workPhone`, ...), or false. entities.md says object or false; bot-register.md says array: both are accepted.","oneOf":[{"type":"object"},{"type":"array"},{"const":false}]},"type":{"type":"string","description":"Kind of user (`employee`, `extranet`, `email`, `collaber`, `bot`)."},"website":{"type":"string","description":"Personal website."},"email":{"type":"string","description":"E-mail address."}},"example":{"id":1,"active":true,"name":"John Smith","firstName":"John","lastName":"Smith","workPosition":"Developer","color":"#df532d","avatar":"","gender":"M","birthday":"","extranet":false,"bot":false,"connector":false,"externalAuthId":"default","status":"online","idle":false,"lastActivityDate":"2025-01-15T10:29:00+01:00","absent":false,"departments":[1,5],"phones":false,"type":"employee","website":"","email":"john@example.com"}};
const schema41 = {"description":"An ISO 8601 date-time, or `false` when there is none.","oneOf":[{"type":"string","format":"date-time"},{"const":false}],"example":"2025-01-15T10:29:00+01:00"};

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
let missing0;
if((data.id === undefined) && (missing0 = "id")){
validate28.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.id !== undefined){
let data0 = data.id;
const _errs2 = errors;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
validate28.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs2){
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 < 1 || isNaN(data0)){
validate28.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
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
if(data.active !== undefined){
const _errs4 = errors;
if(typeof data.active !== "boolean"){
validate28.errors = [{instancePath:instancePath+"/active",schemaPath:"#/properties/active/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.name !== undefined){
const _errs6 = errors;
if(typeof data.name !== "string"){
validate28.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.firstName !== undefined){
const _errs8 = errors;
if(typeof data.firstName !== "string"){
validate28.errors = [{instancePath:instancePath+"/firstName",schemaPath:"#/properties/firstName/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.lastName !== undefined){
const _errs10 = errors;
if(typeof data.lastName !== "string"){
validate28.errors = [{instancePath:instancePath+"/lastName",schemaPath:"#/properties/lastName/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.workPosition !== undefined){
const _errs12 = errors;
if(typeof data.workPosition !== "string"){
validate28.errors = [{instancePath:instancePath+"/workPosition",schemaPath:"#/properties/workPosition/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs12 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.color !== undefined){
const _errs14 = errors;
if(typeof data.color !== "string"){
validate28.errors = [{instancePath:instancePath+"/color",schemaPath:"#/properties/color/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs14 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.avatar !== undefined){
const _errs16 = errors;
if(typeof data.avatar !== "string"){
validate28.errors = [{instancePath:instancePath+"/avatar",schemaPath:"#/properties/avatar/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs16 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.gender !== undefined){
const _errs18 = errors;
if(typeof data.gender !== "string"){
validate28.errors = [{instancePath:instancePath+"/gender",schemaPath:"#/properties/gender/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs18 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.birthday !== undefined){
const _errs20 = errors;
if(typeof data.birthday !== "string"){
validate28.errors = [{instancePath:instancePath+"/birthday",schemaPath:"#/properties/birthday/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs20 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.extranet !== undefined){
const _errs22 = errors;
if(typeof data.extranet !== "boolean"){
validate28.errors = [{instancePath:instancePath+"/extranet",schemaPath:"#/properties/extranet/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs22 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.bot !== undefined){
const _errs24 = errors;
if(typeof data.bot !== "boolean"){
validate28.errors = [{instancePath:instancePath+"/bot",schemaPath:"#/properties/bot/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs24 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.connector !== undefined){
const _errs26 = errors;
if(typeof data.connector !== "boolean"){
validate28.errors = [{instancePath:instancePath+"/connector",schemaPath:"#/properties/connector/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs26 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.externalAuthId !== undefined){
const _errs28 = errors;
if(typeof data.externalAuthId !== "string"){
validate28.errors = [{instancePath:instancePath+"/externalAuthId",schemaPath:"#/properties/externalAuthId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs28 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.status !== undefined){
const _errs30 = errors;
if(typeof data.status !== "string"){
validate28.errors = [{instancePath:instancePath+"/status",schemaPath:"#/properties/status/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs30 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.idle !== undefined){
let data15 = data.idle;
const _errs32 = errors;
const _errs34 = errors;
let valid2 = false;
let passing0 = null;
const _errs35 = errors;
if(errors === _errs35){
if(errors === _errs35){
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
var _valid0 = _errs35 === errors;
if(_valid0){
valid2 = true;
passing0 = 0;
}
const _errs37 = errors;
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
var _valid0 = _errs37 === errors;
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
validate28.errors = vErrors;
return false;
}
else {
errors = _errs34;
if(vErrors !== null){
if(_errs34){
vErrors.length = _errs34;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs32 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.lastActivityDate !== undefined){
let data16 = data.lastActivityDate;
const _errs39 = errors;
const _errs41 = errors;
let valid4 = false;
let passing1 = null;
const _errs42 = errors;
if(errors === _errs42){
if(errors === _errs42){
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
var _valid1 = _errs42 === errors;
if(_valid1){
valid4 = true;
passing1 = 0;
}
const _errs44 = errors;
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
var _valid1 = _errs44 === errors;
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
validate28.errors = vErrors;
return false;
}
else {
errors = _errs41;
if(vErrors !== null){
if(_errs41){
vErrors.length = _errs41;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs39 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.mobileLastDate !== undefined){
let data17 = data.mobileLastDate;
const _errs46 = errors;
const _errs48 = errors;
let valid6 = false;
let passing2 = null;
const _errs49 = errors;
if(errors === _errs49){
if(errors === _errs49){
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
var _valid2 = _errs49 === errors;
if(_valid2){
valid6 = true;
passing2 = 0;
}
const _errs51 = errors;
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
var _valid2 = _errs51 === errors;
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
validate28.errors = vErrors;
return false;
}
else {
errors = _errs48;
if(vErrors !== null){
if(_errs48){
vErrors.length = _errs48;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs46 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.desktopLastDate !== undefined){
let data18 = data.desktopLastDate;
const _errs53 = errors;
const _errs55 = errors;
let valid8 = false;
let passing3 = null;
const _errs56 = errors;
if(errors === _errs56){
if(errors === _errs56){
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
var _valid3 = _errs56 === errors;
if(_valid3){
valid8 = true;
passing3 = 0;
}
const _errs58 = errors;
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
var _valid3 = _errs58 === errors;
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
validate28.errors = vErrors;
return false;
}
else {
errors = _errs55;
if(vErrors !== null){
if(_errs55){
vErrors.length = _errs55;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs53 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.absent !== undefined){
let data19 = data.absent;
const _errs60 = errors;
const _errs62 = errors;
let valid10 = false;
let passing4 = null;
const _errs63 = errors;
if(errors === _errs63){
if(errors === _errs63){
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
var _valid4 = _errs63 === errors;
if(_valid4){
valid10 = true;
passing4 = 0;
}
const _errs65 = errors;
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
var _valid4 = _errs65 === errors;
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
validate28.errors = vErrors;
return false;
}
else {
errors = _errs62;
if(vErrors !== null){
if(_errs62){
vErrors.length = _errs62;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs60 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.departments !== undefined){
let data20 = data.departments;
const _errs67 = errors;
if(errors === _errs67){
if(Array.isArray(data20)){
var valid11 = true;
const len0 = data20.length;
for(let i0=0; i0<len0; i0++){
let data21 = data20[i0];
const _errs69 = errors;
if(!(((typeof data21 == "number") && (!(data21 % 1) && !isNaN(data21))) && (isFinite(data21)))){
validate28.errors = [{instancePath:instancePath+"/departments/" + i0,schemaPath:"#/properties/departments/items/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid11 = _errs69 === errors;
if(!valid11){
break;
}
}
}
else {
validate28.errors = [{instancePath:instancePath+"/departments",schemaPath:"#/properties/departments/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs67 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.phones !== undefined){
let data22 = data.phones;
const _errs71 = errors;
const _errs72 = errors;
let valid12 = false;
let passing5 = null;
const _errs73 = errors;
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
var _valid5 = _errs73 === errors;
if(_valid5){
valid12 = true;
passing5 = 0;
}
const _errs75 = errors;
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
var _valid5 = _errs75 === errors;
if(_valid5 && valid12){
valid12 = false;
passing5 = [passing5, 1];
}
else {
if(_valid5){
valid12 = true;
passing5 = 1;
}
const _errs77 = errors;
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
var _valid5 = _errs77 === errors;
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
validate28.errors = vErrors;
return false;
}
else {
errors = _errs72;
if(vErrors !== null){
if(_errs72){
vErrors.length = _errs72;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs71 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.type !== undefined){
const _errs78 = errors;
if(typeof data.type !== "string"){
validate28.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs78 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.website !== undefined){
const _errs80 = errors;
if(typeof data.website !== "string"){
validate28.errors = [{instancePath:instancePath+"/website",schemaPath:"#/properties/website/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs80 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.email !== undefined){
const _errs82 = errors;
if(typeof data.email !== "string"){
validate28.errors = [{instancePath:instancePath+"/email",schemaPath:"#/properties/email/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs82 === errors;
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
validate28.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate28.errors = vErrors;
return errors === 0;
}
validate28.evaluated = {"props":{"id":true,"active":true,"name":true,"firstName":true,"lastName":true,"workPosition":true,"color":true,"avatar":true,"gender":true,"birthday":true,"extranet":true,"bot":true,"connector":true,"externalAuthId":true,"status":true,"idle":true,"lastActivityDate":true,"mobileLastDate":true,"desktopLastDate":true,"absent":true,"departments":true,"phones":true,"type":true,"website":true,"email":true},"dynamicProps":false,"dynamicItems":false};


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
if(((data.result === undefined) && (missing0 = "result")) || ((data.time === undefined) && (missing0 = "time"))){
validate25.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
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
validate25.errors = [{instancePath:instancePath+"/result",schemaPath:"#/properties/result/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data0.bot !== undefined){
const _errs3 = errors;
if(!(validate26(data0.bot, {instancePath:instancePath+"/result/bot",parentData:data0,parentDataProperty:"bot",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
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
if(!(validate28(data2[i0], {instancePath:instancePath+"/result/users/" + i0,parentData:data2,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
errors = vErrors.length;
}
var valid2 = _errs6 === errors;
if(!valid2){
break;
}
}
}
else {
validate25.errors = [{instancePath:instancePath+"/result/users",schemaPath:"#/properties/result/properties/users/type",keyword:"type",params:{type: "array"},message:"must be array"}];
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
validate25.errors = [{instancePath:instancePath+"/result",schemaPath:"#/properties/result/type",keyword:"type",params:{type: "object"},message:"must be object"}];
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
validate25.errors = [{instancePath:instancePath+"/time",schemaPath:"contract#/$defs/ResponseTime/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
if(data4.start !== undefined){
let data5 = data4.start;
const _errs10 = errors;
if(!((typeof data5 == "number") && (isFinite(data5)))){
validate25.errors = [{instancePath:instancePath+"/time/start",schemaPath:"contract#/$defs/ResponseTime/properties/start/type",keyword:"type",params:{type: "number"},message:"must be number"}];
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
const _errs13 = errors;
if(!((typeof data6 == "number") && (isFinite(data6)))){
validate25.errors = [{instancePath:instancePath+"/time/finish",schemaPath:"contract#/$defs/ResponseTime/properties/finish/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid4 = _errs13 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data4.duration !== undefined){
let data7 = data4.duration;
const _errs16 = errors;
if(!((typeof data7 == "number") && (isFinite(data7)))){
validate25.errors = [{instancePath:instancePath+"/time/duration",schemaPath:"contract#/$defs/ResponseTime/properties/duration/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid4 = _errs16 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data4.processing !== undefined){
let data8 = data4.processing;
const _errs19 = errors;
if(!((typeof data8 == "number") && (isFinite(data8)))){
validate25.errors = [{instancePath:instancePath+"/time/processing",schemaPath:"contract#/$defs/ResponseTime/properties/processing/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid4 = _errs19 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data4.date_start !== undefined){
let data9 = data4.date_start;
const _errs22 = errors;
if(errors === _errs22){
if(errors === _errs22){
if(typeof data9 === "string"){
if(!(formats0(data9))){
validate25.errors = [{instancePath:instancePath+"/time/date_start",schemaPath:"contract#/$defs/ResponseTime/properties/date_start/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate25.errors = [{instancePath:instancePath+"/time/date_start",schemaPath:"contract#/$defs/ResponseTime/properties/date_start/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid4 = _errs22 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data4.date_finish !== undefined){
let data10 = data4.date_finish;
const _errs25 = errors;
if(errors === _errs25){
if(errors === _errs25){
if(typeof data10 === "string"){
if(!(formats0(data10))){
validate25.errors = [{instancePath:instancePath+"/time/date_finish",schemaPath:"contract#/$defs/ResponseTime/properties/date_finish/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate25.errors = [{instancePath:instancePath+"/time/date_finish",schemaPath:"contract#/$defs/ResponseTime/properties/date_finish/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid4 = _errs25 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data4.operating !== undefined){
let data11 = data4.operating;
const _errs28 = errors;
if(!((typeof data11 == "number") && (isFinite(data11)))){
validate25.errors = [{instancePath:instancePath+"/time/operating",schemaPath:"contract#/$defs/ResponseTime/properties/operating/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid4 = _errs28 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data4.operating_reset_at !== undefined){
let data12 = data4.operating_reset_at;
const _errs31 = errors;
if(!(((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12))) && (isFinite(data12)))){
validate25.errors = [{instancePath:instancePath+"/time/operating_reset_at",schemaPath:"contract#/$defs/ResponseTime/properties/operating_reset_at/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid4 = _errs31 === errors;
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
validate25.errors = [{instancePath:instancePath+"/time",schemaPath:"contract#/$defs/ResponseTime/type",keyword:"type",params:{type: "object"},message:"must be object"}];
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
validate25.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate25.errors = vErrors;
return errors === 0;
}
validate25.evaluated = {"props":{"result":true,"time":true},"dynamicProps":false,"dynamicItems":false};


function validate24(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="imbotV2BotRegisterSuccess" */;
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
validate24.evaluated = {"props":{"result":true,"time":true},"dynamicProps":false,"dynamicItems":false};

export const imbotV2BotUpdateParams = validate228;
const schema240 = {"$id":"imbotV2BotUpdateParams","$ref":"contract#/$defs/ImbotV2BotUpdateParams"};
const schema241 = {"type":"object","description":"Parameters of imbot.v2.Bot.update.","required":["botId","fields"],"properties":{"botId":{"$ref":"contract#/$defs/BotId","x-bitrix-empty-error":"BOT_ID_REQUIRED"},"botToken":{"type":"string","x-bitrix-webhook-required":"BOT_TOKEN_NOT_SPECIFIED","minLength":1,"description":"The bot's current token (webhook calls). No 40-character limit here: a bot registered earlier with a longer token authorises its rotation with it.","example":"my_bot_token"},"fields":{"type":"object","description":"What to change.","minProperties":1,"properties":{"properties":{"$ref":"contract#/$defs/BotProperties"},"isHidden":{"type":"boolean","description":"Hide the bot from the contact list.","example":false},"isReactionsEnabled":{"type":"boolean","description":"Let users react to its messages.","example":true},"isSupportOpenline":{"type":"boolean","description":"Let it work in Open Channels (type `openline`).","example":false},"backgroundId":{"description":"Background id, or null for the user's own background.","oneOf":[{"$ref":"contract#/$defs/BotBackgroundId"},{"type":"null"}]},"eventMode":{"$ref":"contract#/$defs/EventMode","default":"fetch"},"webhookUrl":{"type":"string","format":"uri","description":"New event URL (webhook mode).","example":"https://bot.example.com/bitrix/events"},"botToken":{"$ref":"contract#/$defs/BotToken"}}}}};
const schema187 = {"type":"integer","minimum":1,"description":"Id of the bot (its user id), as returned by imbot.v2.Bot.register.","example":456};

function validate229(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate229.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.botId === undefined) && (missing0 = "botId")) || ((data.fields === undefined) && (missing0 = "fields"))){
validate229.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.botId !== undefined){
let data0 = data.botId;
const _errs1 = errors;
const _errs2 = errors;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
validate229.errors = [{instancePath:instancePath+"/botId",schemaPath:"contract#/$defs/BotId/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs2){
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 < 1 || isNaN(data0)){
validate229.errors = [{instancePath:instancePath+"/botId",schemaPath:"contract#/$defs/BotId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
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
const _errs6 = errors;
if(errors === _errs6){
if(typeof data1 === "string"){
if(func1(data1) < 1){
validate229.errors = [{instancePath:instancePath+"/botToken",schemaPath:"#/properties/botToken/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate229.errors = [{instancePath:instancePath+"/botToken",schemaPath:"#/properties/botToken/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.fields !== undefined){
let data2 = data.fields;
const _errs10 = errors;
if(errors === _errs10){
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.eventMode === undefined){
data2.eventMode = "fetch";
}
if(Object.keys(data2).length < 1){
validate229.errors = [{instancePath:instancePath+"/fields",schemaPath:"#/properties/fields/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties"}];
return false;
}
else {
if(data2.properties !== undefined){
const _errs12 = errors;
if(!(validate225(data2.properties, {instancePath:instancePath+"/fields/properties",parentData:data2,parentDataProperty:"properties",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate225.errors : vErrors.concat(validate225.errors);
errors = vErrors.length;
}
var valid2 = _errs12 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.isHidden !== undefined){
const _errs13 = errors;
if(typeof data2.isHidden !== "boolean"){
validate229.errors = [{instancePath:instancePath+"/fields/isHidden",schemaPath:"#/properties/fields/properties/isHidden/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid2 = _errs13 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.isReactionsEnabled !== undefined){
const _errs16 = errors;
if(typeof data2.isReactionsEnabled !== "boolean"){
validate229.errors = [{instancePath:instancePath+"/fields/isReactionsEnabled",schemaPath:"#/properties/fields/properties/isReactionsEnabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid2 = _errs16 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.isSupportOpenline !== undefined){
const _errs19 = errors;
if(typeof data2.isSupportOpenline !== "boolean"){
validate229.errors = [{instancePath:instancePath+"/fields/isSupportOpenline",schemaPath:"#/properties/fields/properties/isSupportOpenline/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid2 = _errs19 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.backgroundId !== undefined){
let data7 = data2.backgroundId;
const _errs22 = errors;
const _errs23 = errors;
let valid3 = false;
let passing0 = null;
const _errs24 = errors;
if(typeof data7 !== "string"){
const err0 = {instancePath:instancePath+"/fields/backgroundId",schemaPath:"contract#/$defs/BotBackgroundId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!(((((((((data7 === "azure") || (data7 === "mint")) || (data7 === "steel")) || (data7 === "slate")) || (data7 === "teal")) || (data7 === "cornflower")) || (data7 === "sky")) || (data7 === "peach")) || (data7 === "frost"))){
const err1 = {instancePath:instancePath+"/fields/backgroundId",schemaPath:"contract#/$defs/BotBackgroundId/enum",keyword:"enum",params:{allowedValues: schema239.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
var _valid0 = _errs24 === errors;
if(_valid0){
valid3 = true;
passing0 = 0;
}
const _errs28 = errors;
if(data7 !== null){
const err2 = {instancePath:instancePath+"/fields/backgroundId",schemaPath:"#/properties/fields/properties/backgroundId/oneOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
var _valid0 = _errs28 === errors;
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
const err3 = {instancePath:instancePath+"/fields/backgroundId",schemaPath:"#/properties/fields/properties/backgroundId/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
validate229.errors = vErrors;
return false;
}
else {
errors = _errs23;
if(vErrors !== null){
if(_errs23){
vErrors.length = _errs23;
}
else {
vErrors = null;
}
}
}
var valid2 = _errs22 === errors;
}
else {
var valid2 = true;
}
if(valid2){
let data8 = data2.eventMode;
const _errs30 = errors;
if(typeof data8 !== "string"){
validate229.errors = [{instancePath:instancePath+"/fields/eventMode",schemaPath:"contract#/$defs/EventMode/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((data8 === "fetch") || (data8 === "webhook"))){
validate229.errors = [{instancePath:instancePath+"/fields/eventMode",schemaPath:"contract#/$defs/EventMode/enum",keyword:"enum",params:{allowedValues: schema39.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid2 = _errs30 === errors;
if(valid2){
if(data2.webhookUrl !== undefined){
let data9 = data2.webhookUrl;
const _errs34 = errors;
if(errors === _errs34){
if(errors === _errs34){
if(typeof data9 === "string"){
if(!(formats150(data9))){
validate229.errors = [{instancePath:instancePath+"/fields/webhookUrl",schemaPath:"#/properties/fields/properties/webhookUrl/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""}];
return false;
}
}
else {
validate229.errors = [{instancePath:instancePath+"/fields/webhookUrl",schemaPath:"#/properties/fields/properties/webhookUrl/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid2 = _errs34 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.botToken !== undefined){
let data10 = data2.botToken;
const _errs37 = errors;
const _errs38 = errors;
if(errors === _errs38){
if(typeof data10 === "string"){
if(func1(data10) > 40){
validate229.errors = [{instancePath:instancePath+"/fields/botToken",schemaPath:"contract#/$defs/BotToken/maxLength",keyword:"maxLength",params:{limit: 40},message:"must NOT have more than 40 characters"}];
return false;
}
else {
if(func1(data10) < 1){
validate229.errors = [{instancePath:instancePath+"/fields/botToken",schemaPath:"contract#/$defs/BotToken/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate229.errors = [{instancePath:instancePath+"/fields/botToken",schemaPath:"contract#/$defs/BotToken/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid2 = _errs37 === errors;
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
validate229.errors = [{instancePath:instancePath+"/fields",schemaPath:"#/properties/fields/type",keyword:"type",params:{type: "object"},message:"must be object"}];
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
else {
validate229.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate229.errors = vErrors;
return errors === 0;
}
validate229.evaluated = {"props":{"botId":true,"botToken":true,"fields":true},"dynamicProps":false,"dynamicItems":false};


function validate228(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="imbotV2BotUpdateParams" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate228.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate229(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate229.errors : vErrors.concat(validate229.errors);
errors = vErrors.length;
}
validate228.errors = vErrors;
return errors === 0;
}
validate228.evaluated = {"props":{"botId":true,"botToken":true,"fields":true},"dynamicProps":false,"dynamicItems":false};

export const imbotV2BotUpdateSuccess = validate31;
const schema47 = {"$id":"imbotV2BotUpdateSuccess","$ref":"contract#/$defs/ImbotV2BotUpdateSuccess"};
const schema48 = {"type":"object","description":"The success envelope of imbot.v2.Bot.update.","required":["result","time"],"properties":{"result":{"type":"object","description":"The bot and the users linked to it.","required":["bot","users"],"properties":{"bot":{"$ref":"contract#/$defs/Bot"},"users":{"type":"array","description":"The bot's user and related users.","items":{"$ref":"contract#/$defs/User"}}}},"time":{"$ref":"contract#/$defs/ResponseTime"}}};

function validate32(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate32.evaluated;
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
validate32.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
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
validate32.errors = [{instancePath:instancePath+"/result",schemaPath:"#/properties/result/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data0.bot !== undefined){
const _errs3 = errors;
if(!(validate26(data0.bot, {instancePath:instancePath+"/result/bot",parentData:data0,parentDataProperty:"bot",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
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
if(!(validate28(data2[i0], {instancePath:instancePath+"/result/users/" + i0,parentData:data2,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
errors = vErrors.length;
}
var valid2 = _errs6 === errors;
if(!valid2){
break;
}
}
}
else {
validate32.errors = [{instancePath:instancePath+"/result/users",schemaPath:"#/properties/result/properties/users/type",keyword:"type",params:{type: "array"},message:"must be array"}];
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
validate32.errors = [{instancePath:instancePath+"/result",schemaPath:"#/properties/result/type",keyword:"type",params:{type: "object"},message:"must be object"}];
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
validate32.errors = [{instancePath:instancePath+"/time",schemaPath:"contract#/$defs/ResponseTime/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
if(data4.start !== undefined){
let data5 = data4.start;
const _errs10 = errors;
if(!((typeof data5 == "number") && (isFinite(data5)))){
validate32.errors = [{instancePath:instancePath+"/time/start",schemaPath:"contract#/$defs/ResponseTime/properties/start/type",keyword:"type",params:{type: "number"},message:"must be number"}];
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
const _errs13 = errors;
if(!((typeof data6 == "number") && (isFinite(data6)))){
validate32.errors = [{instancePath:instancePath+"/time/finish",schemaPath:"contract#/$defs/ResponseTime/properties/finish/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid4 = _errs13 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data4.duration !== undefined){
let data7 = data4.duration;
const _errs16 = errors;
if(!((typeof data7 == "number") && (isFinite(data7)))){
validate32.errors = [{instancePath:instancePath+"/time/duration",schemaPath:"contract#/$defs/ResponseTime/properties/duration/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid4 = _errs16 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data4.processing !== undefined){
let data8 = data4.processing;
const _errs19 = errors;
if(!((typeof data8 == "number") && (isFinite(data8)))){
validate32.errors = [{instancePath:instancePath+"/time/processing",schemaPath:"contract#/$defs/ResponseTime/properties/processing/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid4 = _errs19 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data4.date_start !== undefined){
let data9 = data4.date_start;
const _errs22 = errors;
if(errors === _errs22){
if(errors === _errs22){
if(typeof data9 === "string"){
if(!(formats0(data9))){
validate32.errors = [{instancePath:instancePath+"/time/date_start",schemaPath:"contract#/$defs/ResponseTime/properties/date_start/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate32.errors = [{instancePath:instancePath+"/time/date_start",schemaPath:"contract#/$defs/ResponseTime/properties/date_start/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid4 = _errs22 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data4.date_finish !== undefined){
let data10 = data4.date_finish;
const _errs25 = errors;
if(errors === _errs25){
if(errors === _errs25){
if(typeof data10 === "string"){
if(!(formats0(data10))){
validate32.errors = [{instancePath:instancePath+"/time/date_finish",schemaPath:"contract#/$defs/ResponseTime/properties/date_finish/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate32.errors = [{instancePath:instancePath+"/time/date_finish",schemaPath:"contract#/$defs/ResponseTime/properties/date_finish/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid4 = _errs25 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data4.operating !== undefined){
let data11 = data4.operating;
const _errs28 = errors;
if(!((typeof data11 == "number") && (isFinite(data11)))){
validate32.errors = [{instancePath:instancePath+"/time/operating",schemaPath:"contract#/$defs/ResponseTime/properties/operating/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid4 = _errs28 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data4.operating_reset_at !== undefined){
let data12 = data4.operating_reset_at;
const _errs31 = errors;
if(!(((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12))) && (isFinite(data12)))){
validate32.errors = [{instancePath:instancePath+"/time/operating_reset_at",schemaPath:"contract#/$defs/ResponseTime/properties/operating_reset_at/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid4 = _errs31 === errors;
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
validate32.errors = [{instancePath:instancePath+"/time",schemaPath:"contract#/$defs/ResponseTime/type",keyword:"type",params:{type: "object"},message:"must be object"}];
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
validate32.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate32.errors = vErrors;
return errors === 0;
}
validate32.evaluated = {"props":{"result":true,"time":true},"dynamicProps":false,"dynamicItems":false};


function validate31(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="imbotV2BotUpdateSuccess" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate31.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate32(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
errors = vErrors.length;
}
validate31.errors = vErrors;
return errors === 0;
}
validate31.evaluated = {"props":{"result":true,"time":true},"dynamicProps":false,"dynamicItems":false};

export const imbotV2BotGetParams = validate232;
const schema246 = {"$id":"imbotV2BotGetParams","$ref":"contract#/$defs/ImbotV2BotGetParams"};
const schema247 = {"type":"object","description":"Parameters of imbot.v2.Bot.get: `botId` or `code`.","properties":{"botId":{"$ref":"contract#/$defs/BotId"},"code":{"$ref":"contract#/$defs/BotCode"},"botToken":{"$ref":"contract#/$defs/BotToken","x-bitrix-webhook-required":"BOT_TOKEN_NOT_SPECIFIED"}}};

function validate233(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate233.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.botId !== undefined){
let data0 = data.botId;
const _errs1 = errors;
const _errs2 = errors;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
validate233.errors = [{instancePath:instancePath+"/botId",schemaPath:"contract#/$defs/BotId/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs2){
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 < 1 || isNaN(data0)){
validate233.errors = [{instancePath:instancePath+"/botId",schemaPath:"contract#/$defs/BotId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
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
let data1 = data.code;
const _errs5 = errors;
const _errs6 = errors;
if(errors === _errs6){
if(typeof data1 === "string"){
if(func1(data1) < 1){
validate233.errors = [{instancePath:instancePath+"/code",schemaPath:"contract#/$defs/BotCode/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate233.errors = [{instancePath:instancePath+"/code",schemaPath:"contract#/$defs/BotCode/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.botToken !== undefined){
let data2 = data.botToken;
const _errs9 = errors;
const _errs10 = errors;
if(errors === _errs10){
if(typeof data2 === "string"){
if(func1(data2) > 40){
validate233.errors = [{instancePath:instancePath+"/botToken",schemaPath:"contract#/$defs/BotToken/maxLength",keyword:"maxLength",params:{limit: 40},message:"must NOT have more than 40 characters"}];
return false;
}
else {
if(func1(data2) < 1){
validate233.errors = [{instancePath:instancePath+"/botToken",schemaPath:"contract#/$defs/BotToken/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate233.errors = [{instancePath:instancePath+"/botToken",schemaPath:"contract#/$defs/BotToken/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
else {
validate233.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate233.errors = vErrors;
return errors === 0;
}
validate233.evaluated = {"props":{"botId":true,"code":true,"botToken":true},"dynamicProps":false,"dynamicItems":false};


function validate232(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="imbotV2BotGetParams" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate232.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate233(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate233.errors : vErrors.concat(validate233.errors);
errors = vErrors.length;
}
validate232.errors = vErrors;
return errors === 0;
}
validate232.evaluated = {"props":{"botId":true,"code":true,"botToken":true},"dynamicProps":false,"dynamicItems":false};

export const imbotV2BotGetSuccess = validate36;
const schema50 = {"$id":"imbotV2BotGetSuccess","$ref":"contract#/$defs/ImbotV2BotGetSuccess"};
const schema51 = {"type":"object","description":"The success envelope of imbot.v2.Bot.get.","required":["result","time"],"properties":{"result":{"type":"object","description":"The bot and the users linked to it.","required":["bot","users"],"properties":{"bot":{"$ref":"contract#/$defs/Bot"},"users":{"type":"array","description":"The bot's user and related users.","items":{"$ref":"contract#/$defs/User"}}}},"time":{"$ref":"contract#/$defs/ResponseTime"}}};

function validate37(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate37.evaluated;
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
validate37.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
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
validate37.errors = [{instancePath:instancePath+"/result",schemaPath:"#/properties/result/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data0.bot !== undefined){
const _errs3 = errors;
if(!(validate26(data0.bot, {instancePath:instancePath+"/result/bot",parentData:data0,parentDataProperty:"bot",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
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
if(!(validate28(data2[i0], {instancePath:instancePath+"/result/users/" + i0,parentData:data2,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
errors = vErrors.length;
}
var valid2 = _errs6 === errors;
if(!valid2){
break;
}
}
}
else {
validate37.errors = [{instancePath:instancePath+"/result/users",schemaPath:"#/properties/result/properties/users/type",keyword:"type",params:{type: "array"},message:"must be array"}];
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
validate37.errors = [{instancePath:instancePath+"/result",schemaPath:"#/properties/result/type",keyword:"type",params:{type: "object"},message:"must be object"}];
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
validate37.errors = [{instancePath:instancePath+"/time",schemaPath:"contract#/$defs/ResponseTime/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
if(data4.start !== undefined){
let data5 = data4.start;
const _errs10 = errors;
if(!((typeof data5 == "number") && (isFinite(data5)))){
validate37.errors = [{instancePath:instancePath+"/time/start",schemaPath:"contract#/$defs/ResponseTime/properties/start/type",keyword:"type",params:{type: "number"},message:"must be number"}];
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
const _errs13 = errors;
if(!((typeof data6 == "number") && (isFinite(data6)))){
validate37.errors = [{instancePath:instancePath+"/time/finish",schemaPath:"contract#/$defs/ResponseTime/properties/finish/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid4 = _errs13 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data4.duration !== undefined){
let data7 = data4.duration;
const _errs16 = errors;
if(!((typeof data7 == "number") && (isFinite(data7)))){
validate37.errors = [{instancePath:instancePath+"/time/duration",schemaPath:"contract#/$defs/ResponseTime/properties/duration/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid4 = _errs16 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data4.processing !== undefined){
let data8 = data4.processing;
const _errs19 = errors;
if(!((typeof data8 == "number") && (isFinite(data8)))){
validate37.errors = [{instancePath:instancePath+"/time/processing",schemaPath:"contract#/$defs/ResponseTime/properties/processing/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid4 = _errs19 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data4.date_start !== undefined){
let data9 = data4.date_start;
const _errs22 = errors;
if(errors === _errs22){
if(errors === _errs22){
if(typeof data9 === "string"){
if(!(formats0(data9))){
validate37.errors = [{instancePath:instancePath+"/time/date_start",schemaPath:"contract#/$defs/ResponseTime/properties/date_start/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate37.errors = [{instancePath:instancePath+"/time/date_start",schemaPath:"contract#/$defs/ResponseTime/properties/date_start/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid4 = _errs22 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data4.date_finish !== undefined){
let data10 = data4.date_finish;
const _errs25 = errors;
if(errors === _errs25){
if(errors === _errs25){
if(typeof data10 === "string"){
if(!(formats0(data10))){
validate37.errors = [{instancePath:instancePath+"/time/date_finish",schemaPath:"contract#/$defs/ResponseTime/properties/date_finish/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate37.errors = [{instancePath:instancePath+"/time/date_finish",schemaPath:"contract#/$defs/ResponseTime/properties/date_finish/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid4 = _errs25 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data4.operating !== undefined){
let data11 = data4.operating;
const _errs28 = errors;
if(!((typeof data11 == "number") && (isFinite(data11)))){
validate37.errors = [{instancePath:instancePath+"/time/operating",schemaPath:"contract#/$defs/ResponseTime/properties/operating/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid4 = _errs28 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data4.operating_reset_at !== undefined){
let data12 = data4.operating_reset_at;
const _errs31 = errors;
if(!(((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12))) && (isFinite(data12)))){
validate37.errors = [{instancePath:instancePath+"/time/operating_reset_at",schemaPath:"contract#/$defs/ResponseTime/properties/operating_reset_at/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid4 = _errs31 === errors;
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
validate37.errors = [{instancePath:instancePath+"/time",schemaPath:"contract#/$defs/ResponseTime/type",keyword:"type",params:{type: "object"},message:"must be object"}];
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
validate37.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate37.errors = vErrors;
return errors === 0;
}
validate37.evaluated = {"props":{"result":true,"time":true},"dynamicProps":false,"dynamicItems":false};


function validate36(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="imbotV2BotGetSuccess" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate36.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate37(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors);
errors = vErrors.length;
}
validate36.errors = vErrors;
return errors === 0;
}
validate36.evaluated = {"props":{"result":true,"time":true},"dynamicProps":false,"dynamicItems":false};

export const imbotV2BotListParams = validate235;
const schema251 = {"$id":"imbotV2BotListParams","$ref":"contract#/$defs/ImbotV2BotListParams"};
const schema252 = {"type":"object","description":"Parameters of imbot.v2.Bot.list.","properties":{"botToken":{"$ref":"contract#/$defs/BotToken","x-bitrix-webhook-required":"BOT_TOKEN_NOT_SPECIFIED"},"filter":{"type":"object","description":"Filter.","properties":{"type":{"type":"string","description":"Only bots of this type (see BotType); an unknown type gives an empty list.","example":"bot"}}},"limit":{"type":"integer","minimum":1,"default":50,"description":"Bots per page.","example":50},"offset":{"type":"integer","minimum":0,"default":0,"description":"How many bots to skip.","example":0}}};

function validate236(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate236.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.limit === undefined){
data.limit = 50;
}
if(data.offset === undefined){
data.offset = 0;
}
if(data.botToken !== undefined){
let data0 = data.botToken;
const _errs1 = errors;
const _errs2 = errors;
if(errors === _errs2){
if(typeof data0 === "string"){
if(func1(data0) > 40){
validate236.errors = [{instancePath:instancePath+"/botToken",schemaPath:"contract#/$defs/BotToken/maxLength",keyword:"maxLength",params:{limit: 40},message:"must NOT have more than 40 characters"}];
return false;
}
else {
if(func1(data0) < 1){
validate236.errors = [{instancePath:instancePath+"/botToken",schemaPath:"contract#/$defs/BotToken/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate236.errors = [{instancePath:instancePath+"/botToken",schemaPath:"contract#/$defs/BotToken/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.filter !== undefined){
let data1 = data.filter;
const _errs6 = errors;
if(errors === _errs6){
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.type !== undefined){
if(typeof data1.type !== "string"){
validate236.errors = [{instancePath:instancePath+"/filter/type",schemaPath:"#/properties/filter/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
else {
validate236.errors = [{instancePath:instancePath+"/filter",schemaPath:"#/properties/filter/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
let data3 = data.limit;
const _errs11 = errors;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
validate236.errors = [{instancePath:instancePath+"/limit",schemaPath:"#/properties/limit/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs11){
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 1 || isNaN(data3)){
validate236.errors = [{instancePath:instancePath+"/limit",schemaPath:"#/properties/limit/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
var valid0 = _errs11 === errors;
if(valid0){
let data4 = data.offset;
const _errs14 = errors;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
validate236.errors = [{instancePath:instancePath+"/offset",schemaPath:"#/properties/offset/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs14){
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 < 0 || isNaN(data4)){
validate236.errors = [{instancePath:instancePath+"/offset",schemaPath:"#/properties/offset/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid0 = _errs14 === errors;
}
}
}
}
else {
validate236.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate236.errors = vErrors;
return errors === 0;
}
validate236.evaluated = {"props":{"botToken":true,"filter":true,"limit":true,"offset":true},"dynamicProps":false,"dynamicItems":false};


function validate235(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="imbotV2BotListParams" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate235.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate236(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate236.errors : vErrors.concat(validate236.errors);
errors = vErrors.length;
}
validate235.errors = vErrors;
return errors === 0;
}
validate235.evaluated = {"props":{"botToken":true,"filter":true,"limit":true,"offset":true},"dynamicProps":false,"dynamicItems":false};

export const imbotV2BotListSuccess = validate41;
const schema53 = {"$id":"imbotV2BotListSuccess","$ref":"contract#/$defs/ImbotV2BotListSuccess"};
const schema54 = {"type":"object","description":"The success envelope of imbot.v2.Bot.list.","required":["result","time"],"properties":{"result":{"type":"object","description":"A page of bots.","required":["bots","users","hasNextPage"],"properties":{"bots":{"type":"array","description":"The bots.","items":{"$ref":"contract#/$defs/Bot"}},"users":{"type":"array","description":"The bots' users.","items":{"$ref":"contract#/$defs/User"}},"hasNextPage":{"type":"boolean","description":"Whether another page follows."}}},"time":{"$ref":"contract#/$defs/ResponseTime"}}};

function validate42(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate42.evaluated;
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
validate42.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.result !== undefined){
let data0 = data.result;
const _errs1 = errors;
if(errors === _errs1){
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
let missing1;
if((((data0.bots === undefined) && (missing1 = "bots")) || ((data0.users === undefined) && (missing1 = "users"))) || ((data0.hasNextPage === undefined) && (missing1 = "hasNextPage"))){
validate42.errors = [{instancePath:instancePath+"/result",schemaPath:"#/properties/result/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data0.bots !== undefined){
let data1 = data0.bots;
const _errs3 = errors;
if(errors === _errs3){
if(Array.isArray(data1)){
var valid2 = true;
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
const _errs5 = errors;
if(!(validate26(data1[i0], {instancePath:instancePath+"/result/bots/" + i0,parentData:data1,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
errors = vErrors.length;
}
var valid2 = _errs5 === errors;
if(!valid2){
break;
}
}
}
else {
validate42.errors = [{instancePath:instancePath+"/result/bots",schemaPath:"#/properties/result/properties/bots/type",keyword:"type",params:{type: "array"},message:"must be array"}];
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
let data3 = data0.users;
const _errs6 = errors;
if(errors === _errs6){
if(Array.isArray(data3)){
var valid3 = true;
const len1 = data3.length;
for(let i1=0; i1<len1; i1++){
const _errs8 = errors;
if(!(validate28(data3[i1], {instancePath:instancePath+"/result/users/" + i1,parentData:data3,parentDataProperty:i1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
errors = vErrors.length;
}
var valid3 = _errs8 === errors;
if(!valid3){
break;
}
}
}
else {
validate42.errors = [{instancePath:instancePath+"/result/users",schemaPath:"#/properties/result/properties/users/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid1 = _errs6 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data0.hasNextPage !== undefined){
const _errs9 = errors;
if(typeof data0.hasNextPage !== "boolean"){
validate42.errors = [{instancePath:instancePath+"/result/hasNextPage",schemaPath:"#/properties/result/properties/hasNextPage/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid1 = _errs9 === errors;
}
else {
var valid1 = true;
}
}
}
}
}
else {
validate42.errors = [{instancePath:instancePath+"/result",schemaPath:"#/properties/result/type",keyword:"type",params:{type: "object"},message:"must be object"}];
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
let data6 = data.time;
const _errs11 = errors;
const _errs12 = errors;
if(errors === _errs12){
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
let missing2;
if(((((((data6.start === undefined) && (missing2 = "start")) || ((data6.finish === undefined) && (missing2 = "finish"))) || ((data6.duration === undefined) && (missing2 = "duration"))) || ((data6.processing === undefined) && (missing2 = "processing"))) || ((data6.date_start === undefined) && (missing2 = "date_start"))) || ((data6.date_finish === undefined) && (missing2 = "date_finish"))){
validate42.errors = [{instancePath:instancePath+"/time",schemaPath:"contract#/$defs/ResponseTime/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
if(data6.start !== undefined){
let data7 = data6.start;
const _errs14 = errors;
if(!((typeof data7 == "number") && (isFinite(data7)))){
validate42.errors = [{instancePath:instancePath+"/time/start",schemaPath:"contract#/$defs/ResponseTime/properties/start/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid5 = _errs14 === errors;
}
else {
var valid5 = true;
}
if(valid5){
if(data6.finish !== undefined){
let data8 = data6.finish;
const _errs17 = errors;
if(!((typeof data8 == "number") && (isFinite(data8)))){
validate42.errors = [{instancePath:instancePath+"/time/finish",schemaPath:"contract#/$defs/ResponseTime/properties/finish/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid5 = _errs17 === errors;
}
else {
var valid5 = true;
}
if(valid5){
if(data6.duration !== undefined){
let data9 = data6.duration;
const _errs20 = errors;
if(!((typeof data9 == "number") && (isFinite(data9)))){
validate42.errors = [{instancePath:instancePath+"/time/duration",schemaPath:"contract#/$defs/ResponseTime/properties/duration/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid5 = _errs20 === errors;
}
else {
var valid5 = true;
}
if(valid5){
if(data6.processing !== undefined){
let data10 = data6.processing;
const _errs23 = errors;
if(!((typeof data10 == "number") && (isFinite(data10)))){
validate42.errors = [{instancePath:instancePath+"/time/processing",schemaPath:"contract#/$defs/ResponseTime/properties/processing/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid5 = _errs23 === errors;
}
else {
var valid5 = true;
}
if(valid5){
if(data6.date_start !== undefined){
let data11 = data6.date_start;
const _errs26 = errors;
if(errors === _errs26){
if(errors === _errs26){
if(typeof data11 === "string"){
if(!(formats0(data11))){
validate42.errors = [{instancePath:instancePath+"/time/date_start",schemaPath:"contract#/$defs/ResponseTime/properties/date_start/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate42.errors = [{instancePath:instancePath+"/time/date_start",schemaPath:"contract#/$defs/ResponseTime/properties/date_start/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid5 = _errs26 === errors;
}
else {
var valid5 = true;
}
if(valid5){
if(data6.date_finish !== undefined){
let data12 = data6.date_finish;
const _errs29 = errors;
if(errors === _errs29){
if(errors === _errs29){
if(typeof data12 === "string"){
if(!(formats0(data12))){
validate42.errors = [{instancePath:instancePath+"/time/date_finish",schemaPath:"contract#/$defs/ResponseTime/properties/date_finish/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate42.errors = [{instancePath:instancePath+"/time/date_finish",schemaPath:"contract#/$defs/ResponseTime/properties/date_finish/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid5 = _errs29 === errors;
}
else {
var valid5 = true;
}
if(valid5){
if(data6.operating !== undefined){
let data13 = data6.operating;
const _errs32 = errors;
if(!((typeof data13 == "number") && (isFinite(data13)))){
validate42.errors = [{instancePath:instancePath+"/time/operating",schemaPath:"contract#/$defs/ResponseTime/properties/operating/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid5 = _errs32 === errors;
}
else {
var valid5 = true;
}
if(valid5){
if(data6.operating_reset_at !== undefined){
let data14 = data6.operating_reset_at;
const _errs35 = errors;
if(!(((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14))) && (isFinite(data14)))){
validate42.errors = [{instancePath:instancePath+"/time/operating_reset_at",schemaPath:"contract#/$defs/ResponseTime/properties/operating_reset_at/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid5 = _errs35 === errors;
}
else {
var valid5 = true;
}
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
validate42.errors = [{instancePath:instancePath+"/time",schemaPath:"contract#/$defs/ResponseTime/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
}
}
}
else {
validate42.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate42.errors = vErrors;
return errors === 0;
}
validate42.evaluated = {"props":{"result":true,"time":true},"dynamicProps":false,"dynamicItems":false};


function validate41(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="imbotV2BotListSuccess" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate41.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate42(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate42.errors : vErrors.concat(validate42.errors);
errors = vErrors.length;
}
validate41.errors = vErrors;
return errors === 0;
}
validate41.evaluated = {"props":{"result":true,"time":true},"dynamicProps":false,"dynamicItems":false};

export const imbotV2BotUnregisterParams = validate238;
const schema254 = {"$id":"imbotV2BotUnregisterParams","$ref":"contract#/$defs/ImbotV2BotUnregisterParams"};
const schema255 = {"type":"object","description":"Parameters of imbot.v2.Bot.unregister.","required":["botId"],"properties":{"botId":{"$ref":"contract#/$defs/BotId","x-bitrix-empty-error":"BOT_ID_REQUIRED"},"botToken":{"$ref":"contract#/$defs/BotToken","x-bitrix-webhook-required":"BOT_TOKEN_NOT_SPECIFIED"}}};

function validate239(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate239.evaluated;
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
validate239.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.botId !== undefined){
let data0 = data.botId;
const _errs1 = errors;
const _errs2 = errors;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
validate239.errors = [{instancePath:instancePath+"/botId",schemaPath:"contract#/$defs/BotId/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs2){
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 < 1 || isNaN(data0)){
validate239.errors = [{instancePath:instancePath+"/botId",schemaPath:"contract#/$defs/BotId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
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
const _errs6 = errors;
const _errs7 = errors;
if(errors === _errs7){
if(typeof data1 === "string"){
if(func1(data1) > 40){
validate239.errors = [{instancePath:instancePath+"/botToken",schemaPath:"contract#/$defs/BotToken/maxLength",keyword:"maxLength",params:{limit: 40},message:"must NOT have more than 40 characters"}];
return false;
}
else {
if(func1(data1) < 1){
validate239.errors = [{instancePath:instancePath+"/botToken",schemaPath:"contract#/$defs/BotToken/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate239.errors = [{instancePath:instancePath+"/botToken",schemaPath:"contract#/$defs/BotToken/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
}
}
}
else {
validate239.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate239.errors = vErrors;
return errors === 0;
}
validate239.evaluated = {"props":{"botId":true,"botToken":true},"dynamicProps":false,"dynamicItems":false};


function validate238(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="imbotV2BotUnregisterParams" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate238.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate239(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate239.errors : vErrors.concat(validate239.errors);
errors = vErrors.length;
}
validate238.errors = vErrors;
return errors === 0;
}
validate238.evaluated = {"props":{"botId":true,"botToken":true},"dynamicProps":false,"dynamicItems":false};

export const imbotV2BotUnregisterSuccess = validate46;
const schema56 = {"$id":"imbotV2BotUnregisterSuccess","$ref":"contract#/$defs/ImbotV2BotUnregisterSuccess"};
const schema57 = {"type":"object","description":"The success envelope of imbot.v2.Bot.unregister.","required":["result","time"],"properties":{"result":{"$ref":"contract#/$defs/BooleanResult"},"time":{"$ref":"contract#/$defs/ResponseTime"}}};
const schema58 = {"type":"object","description":"The answer of methods that only report success: `result` is itself an object holding a boolean `result` (so the whole body reads `{\"result\": {\"result\": true}, \"time\": ...}`).","required":["result"],"properties":{"result":{"type":"boolean","description":"true when the operation succeeded.","example":true}},"example":{"result":true}};

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
if(((data.result === undefined) && (missing0 = "result")) || ((data.time === undefined) && (missing0 = "time"))){
validate47.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.result !== undefined){
let data0 = data.result;
const _errs1 = errors;
const _errs2 = errors;
if(errors === _errs2){
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
let missing1;
if((data0.result === undefined) && (missing1 = "result")){
validate47.errors = [{instancePath:instancePath+"/result",schemaPath:"contract#/$defs/BooleanResult/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data0.result !== undefined){
if(typeof data0.result !== "boolean"){
validate47.errors = [{instancePath:instancePath+"/result/result",schemaPath:"contract#/$defs/BooleanResult/properties/result/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
}
}
}
else {
validate47.errors = [{instancePath:instancePath+"/result",schemaPath:"contract#/$defs/BooleanResult/type",keyword:"type",params:{type: "object"},message:"must be object"}];
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
let data2 = data.time;
const _errs8 = errors;
const _errs9 = errors;
if(errors === _errs9){
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
let missing2;
if(((((((data2.start === undefined) && (missing2 = "start")) || ((data2.finish === undefined) && (missing2 = "finish"))) || ((data2.duration === undefined) && (missing2 = "duration"))) || ((data2.processing === undefined) && (missing2 = "processing"))) || ((data2.date_start === undefined) && (missing2 = "date_start"))) || ((data2.date_finish === undefined) && (missing2 = "date_finish"))){
validate47.errors = [{instancePath:instancePath+"/time",schemaPath:"contract#/$defs/ResponseTime/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
if(data2.start !== undefined){
let data3 = data2.start;
const _errs11 = errors;
if(!((typeof data3 == "number") && (isFinite(data3)))){
validate47.errors = [{instancePath:instancePath+"/time/start",schemaPath:"contract#/$defs/ResponseTime/properties/start/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid4 = _errs11 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data2.finish !== undefined){
let data4 = data2.finish;
const _errs14 = errors;
if(!((typeof data4 == "number") && (isFinite(data4)))){
validate47.errors = [{instancePath:instancePath+"/time/finish",schemaPath:"contract#/$defs/ResponseTime/properties/finish/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid4 = _errs14 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data2.duration !== undefined){
let data5 = data2.duration;
const _errs17 = errors;
if(!((typeof data5 == "number") && (isFinite(data5)))){
validate47.errors = [{instancePath:instancePath+"/time/duration",schemaPath:"contract#/$defs/ResponseTime/properties/duration/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid4 = _errs17 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data2.processing !== undefined){
let data6 = data2.processing;
const _errs20 = errors;
if(!((typeof data6 == "number") && (isFinite(data6)))){
validate47.errors = [{instancePath:instancePath+"/time/processing",schemaPath:"contract#/$defs/ResponseTime/properties/processing/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid4 = _errs20 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data2.date_start !== undefined){
let data7 = data2.date_start;
const _errs23 = errors;
if(errors === _errs23){
if(errors === _errs23){
if(typeof data7 === "string"){
if(!(formats0(data7))){
validate47.errors = [{instancePath:instancePath+"/time/date_start",schemaPath:"contract#/$defs/ResponseTime/properties/date_start/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate47.errors = [{instancePath:instancePath+"/time/date_start",schemaPath:"contract#/$defs/ResponseTime/properties/date_start/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid4 = _errs23 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data2.date_finish !== undefined){
let data8 = data2.date_finish;
const _errs26 = errors;
if(errors === _errs26){
if(errors === _errs26){
if(typeof data8 === "string"){
if(!(formats0(data8))){
validate47.errors = [{instancePath:instancePath+"/time/date_finish",schemaPath:"contract#/$defs/ResponseTime/properties/date_finish/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate47.errors = [{instancePath:instancePath+"/time/date_finish",schemaPath:"contract#/$defs/ResponseTime/properties/date_finish/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid4 = _errs26 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data2.operating !== undefined){
let data9 = data2.operating;
const _errs29 = errors;
if(!((typeof data9 == "number") && (isFinite(data9)))){
validate47.errors = [{instancePath:instancePath+"/time/operating",schemaPath:"contract#/$defs/ResponseTime/properties/operating/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid4 = _errs29 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data2.operating_reset_at !== undefined){
let data10 = data2.operating_reset_at;
const _errs32 = errors;
if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){
validate47.errors = [{instancePath:instancePath+"/time/operating_reset_at",schemaPath:"contract#/$defs/ResponseTime/properties/operating_reset_at/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid4 = _errs32 === errors;
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
validate47.errors = [{instancePath:instancePath+"/time",schemaPath:"contract#/$defs/ResponseTime/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
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
validate47.evaluated = {"props":{"result":true,"time":true},"dynamicProps":false,"dynamicItems":false};


function validate46(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="imbotV2BotUnregisterSuccess" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate46.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate47(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate47.errors : vErrors.concat(validate47.errors);
errors = vErrors.length;
}
validate46.errors = vErrors;
return errors === 0;
}
validate46.evaluated = {"props":{"result":true,"time":true},"dynamicProps":false,"dynamicItems":false};

export const imbotV2ChatAddParams = validate241;
const schema258 = {"$id":"imbotV2ChatAddParams","$ref":"contract#/$defs/ImbotV2ChatAddParams"};
const schema259 = {"type":"object","description":"Parameters of imbot.v2.Chat.add.","required":["botId"],"properties":{"botId":{"$ref":"contract#/$defs/BotId","x-bitrix-empty-error":"BOT_ID_REQUIRED"},"botToken":{"$ref":"contract#/$defs/BotToken","x-bitrix-webhook-required":"BOT_TOKEN_NOT_SPECIFIED"},"fields":{"type":"object","description":"The new chat.","properties":{"title":{"type":"string","description":"Title.","example":"Support Chat"},"description":{"type":"string","description":"Description.","example":"Questions about orders"},"color":{"$ref":"contract#/$defs/ChatColorV2"},"avatar":{"$ref":"contract#/$defs/Base64Image"},"userIds":{"$ref":"contract#/$defs/UserIds"},"ownerId":{"type":"integer","minimum":1,"description":"Owner of the chat; the bot when missing.","example":1},"message":{"type":"string","maxLength":20000,"description":"First message, sent by the bot.","example":"Welcome!"}}}}};
const schema264 = {"type":"array","minItems":1,"description":"Ids of users.","items":{"$ref":"contract#/$defs/UserIdV2"},"example":[1,2]};
const schema265 = {"type":"integer","minimum":1,"description":"Id of a portal user.","example":1};

function validate243(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate243.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(Array.isArray(data)){
if(data.length < 1){
validate243.errors = [{instancePath,schemaPath:"#/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
return false;
}
else {
var valid0 = true;
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
let data0 = data[i0];
const _errs2 = errors;
const _errs3 = errors;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
validate243.errors = [{instancePath:instancePath+"/" + i0,schemaPath:"contract#/$defs/UserIdV2/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs3){
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 < 1 || isNaN(data0)){
validate243.errors = [{instancePath:instancePath+"/" + i0,schemaPath:"contract#/$defs/UserIdV2/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
var valid0 = _errs2 === errors;
if(!valid0){
break;
}
}
}
}
else {
validate243.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
validate243.errors = vErrors;
return errors === 0;
}
validate243.evaluated = {"items":true,"dynamicProps":false,"dynamicItems":false};


function validate242(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate242.evaluated;
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
validate242.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.botId !== undefined){
let data0 = data.botId;
const _errs1 = errors;
const _errs2 = errors;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
validate242.errors = [{instancePath:instancePath+"/botId",schemaPath:"contract#/$defs/BotId/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs2){
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 < 1 || isNaN(data0)){
validate242.errors = [{instancePath:instancePath+"/botId",schemaPath:"contract#/$defs/BotId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
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
const _errs6 = errors;
const _errs7 = errors;
if(errors === _errs7){
if(typeof data1 === "string"){
if(func1(data1) > 40){
validate242.errors = [{instancePath:instancePath+"/botToken",schemaPath:"contract#/$defs/BotToken/maxLength",keyword:"maxLength",params:{limit: 40},message:"must NOT have more than 40 characters"}];
return false;
}
else {
if(func1(data1) < 1){
validate242.errors = [{instancePath:instancePath+"/botToken",schemaPath:"contract#/$defs/BotToken/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate242.errors = [{instancePath:instancePath+"/botToken",schemaPath:"contract#/$defs/BotToken/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.fields !== undefined){
let data2 = data.fields;
const _errs11 = errors;
if(errors === _errs11){
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.title !== undefined){
const _errs13 = errors;
if(typeof data2.title !== "string"){
validate242.errors = [{instancePath:instancePath+"/fields/title",schemaPath:"#/properties/fields/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs13 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.description !== undefined){
const _errs16 = errors;
if(typeof data2.description !== "string"){
validate242.errors = [{instancePath:instancePath+"/fields/description",schemaPath:"#/properties/fields/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs16 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.color !== undefined){
let data5 = data2.color;
const _errs19 = errors;
if(typeof data5 !== "string"){
validate242.errors = [{instancePath:instancePath+"/fields/color",schemaPath:"contract#/$defs/ChatColorV2/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((((((((((((((((data5 === "red") || (data5 === "green")) || (data5 === "mint")) || (data5 === "lightBlue")) || (data5 === "darkBlue")) || (data5 === "purple")) || (data5 === "aqua")) || (data5 === "pink")) || (data5 === "lime")) || (data5 === "brown")) || (data5 === "azure")) || (data5 === "khaki")) || (data5 === "sand")) || (data5 === "marengo")) || (data5 === "gray")) || (data5 === "graphite"))){
validate242.errors = [{instancePath:instancePath+"/fields/color",schemaPath:"contract#/$defs/ChatColorV2/enum",keyword:"enum",params:{allowedValues: schema234.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid3 = _errs19 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.avatar !== undefined){
let data6 = data2.avatar;
const _errs23 = errors;
const _errs24 = errors;
if(errors === _errs24){
if(typeof data6 === "string"){
if(func1(data6) < 1){
validate242.errors = [{instancePath:instancePath+"/fields/avatar",schemaPath:"contract#/$defs/Base64Image/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate242.errors = [{instancePath:instancePath+"/fields/avatar",schemaPath:"contract#/$defs/Base64Image/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid3 = _errs23 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.userIds !== undefined){
const _errs27 = errors;
if(!(validate243(data2.userIds, {instancePath:instancePath+"/fields/userIds",parentData:data2,parentDataProperty:"userIds",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate243.errors : vErrors.concat(validate243.errors);
errors = vErrors.length;
}
var valid3 = _errs27 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.ownerId !== undefined){
let data8 = data2.ownerId;
const _errs28 = errors;
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
validate242.errors = [{instancePath:instancePath+"/fields/ownerId",schemaPath:"#/properties/fields/properties/ownerId/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs28){
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 < 1 || isNaN(data8)){
validate242.errors = [{instancePath:instancePath+"/fields/ownerId",schemaPath:"#/properties/fields/properties/ownerId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
var valid3 = _errs28 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.message !== undefined){
let data9 = data2.message;
const _errs31 = errors;
if(errors === _errs31){
if(typeof data9 === "string"){
if(func1(data9) > 20000){
validate242.errors = [{instancePath:instancePath+"/fields/message",schemaPath:"#/properties/fields/properties/message/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters"}];
return false;
}
}
else {
validate242.errors = [{instancePath:instancePath+"/fields/message",schemaPath:"#/properties/fields/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid3 = _errs31 === errors;
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
validate242.errors = [{instancePath:instancePath+"/fields",schemaPath:"#/properties/fields/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate242.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate242.errors = vErrors;
return errors === 0;
}
validate242.evaluated = {"props":{"botId":true,"botToken":true,"fields":true},"dynamicProps":false,"dynamicItems":false};


function validate241(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="imbotV2ChatAddParams" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate241.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate242(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate242.errors : vErrors.concat(validate242.errors);
errors = vErrors.length;
}
validate241.errors = vErrors;
return errors === 0;
}
validate241.evaluated = {"props":{"botId":true,"botToken":true,"fields":true},"dynamicProps":false,"dynamicItems":false};

export const imbotV2ChatAddSuccess = validate49;
const schema60 = {"$id":"imbotV2ChatAddSuccess","$ref":"contract#/$defs/ImbotV2ChatAddSuccess"};
const schema61 = {"type":"object","description":"The success envelope of imbot.v2.Chat.add.","required":["result","time"],"properties":{"result":{"type":"object","description":"The new chat and its members.","required":["chat","users"],"properties":{"chat":{"$ref":"contract#/$defs/Chat"},"users":{"type":"array","description":"Members of the chat.","items":{"$ref":"contract#/$defs/User"}}}},"time":{"$ref":"contract#/$defs/ResponseTime"}}};
const schema62 = {"type":"object","description":"A chat (entities.md, Chat). Events carry a shorter chat, without role and muteList and without the fields after backgroundId (dateCreate ... public), which only method answers have; so only `id` and `dialogId` are required.","required":["id","dialogId"],"properties":{"id":{"type":"integer","minimum":1,"description":"Chat id."},"dialogId":{"type":"string","description":"The chat's dialogId (`chat5`; a user id for a personal dialog)."},"name":{"type":"string","description":"Title."},"type":{"type":"string","description":"Kind of chat (`chat`, `open`, `channel`, `openChannel`, `copilot`, `thread`, `generalChannel`, ...)."},"messageType":{"type":"string","description":"Internal kind (`C` chat, `O` open, `P` private, ...)."},"owner":{"type":"integer","description":"Id of the owner."},"color":{"type":["string","null"],"description":"Colour as HEX (`#ab7761`), not the colour code used to set it."},"avatar":{"type":"string","description":"Avatar URL, or an empty string."},"description":{"type":"string","description":"Description."},"extranet":{"type":"boolean","description":"Whether extranet users are in the chat."},"role":{"type":"string","description":"The calling bot's role in the chat. Not in events.","enum":["owner","manager","member","guest","none"]},"containsCollaber":{"type":"boolean","description":"Whether collaborators are in the chat."},"muteList":{"type":"array","description":"Ids of users who muted the chat. Not in events.","items":{"type":"integer"}},"entityType":{"type":"string","description":"Kind of linked object (`LINES` for Open Channels, ...), or an empty string."},"entityId":{"type":"string","description":"Id of the linked object, or an empty string."},"entityData1":{"type":"string","description":"Extra data of the linked object (1)."},"entityData2":{"type":"string","description":"Extra data of the linked object (2)."},"entityData3":{"type":"string","description":"Extra data of the linked object (3)."},"entityLink":{"type":"object","description":"Link to the external object."},"diskFolderId":{"type":["integer","null"],"description":"Drive folder of the chat's files."},"permissions":{"type":"object","description":"What the calling bot may do in the chat."},"parentChatId":{"type":["integer","null"],"description":"Parent chat of a thread."},"parentMessageId":{"type":["integer","null"],"description":"Parent message of a thread."},"isNew":{"type":"boolean","description":"Whether the chat was just created."},"textFieldEnabled":{"type":"string","description":"Whether the input field is on, as `Y` or `N` (a string, unlike the v2 booleans; see imbot.v2.Chat.TextField.enabled).","enum":["Y","N"]},"backgroundId":{"type":["string","null"],"description":"Background id, or null."},"dateCreate":{"type":["string","null"],"format":"date-time","description":"Answers only. When the chat was created."},"lastMessageId":{"type":["integer","null"],"description":"Answers only. Id of the last message."},"lastId":{"type":["integer","null"],"description":"Answers only. Id of the last message the bot read."},"managerList":{"type":"array","description":"Answers only. Ids of the chat's managers.","items":{"type":"integer"}},"messageCount":{"type":"integer","description":"Answers only. Number of messages."},"userCounter":{"type":"integer","description":"Answers only. Number of members."},"unreadId":{"type":["integer","null"],"description":"Answers only. First unread message."},"lastMessageViews":{"type":"string","description":"Answers only. Views of the last message, as a JSON text."},"markedId":{"type":["integer","null"],"description":"Answers only. Id of the marked message."},"public":{"description":"Answers only. Public access settings (an empty string when none).","oneOf":[{"type":"object"},{"type":"string"}]}},"example":{"id":5,"dialogId":"chat5","name":"Support Chat","type":"chat","messageType":"C","owner":1,"color":"#ab7761","avatar":"","description":"","extranet":false,"role":"member","containsCollaber":false,"diskFolderId":42,"textFieldEnabled":"Y","backgroundId":null,"dateCreate":"2025-01-10T09:00:00+01:00","lastMessageId":789,"managerList":[1,3],"messageCount":42,"userCounter":5,"unreadId":null}};

function validate50(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate50.evaluated;
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
validate50.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
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
validate50.errors = [{instancePath:instancePath+"/result",schemaPath:"#/properties/result/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
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
validate50.errors = [{instancePath:instancePath+"/result/chat",schemaPath:"contract#/$defs/Chat/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
if(data1.id !== undefined){
let data2 = data1.id;
const _errs7 = errors;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
validate50.errors = [{instancePath:instancePath+"/result/chat/id",schemaPath:"contract#/$defs/Chat/properties/id/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs7){
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 1 || isNaN(data2)){
validate50.errors = [{instancePath:instancePath+"/result/chat/id",schemaPath:"contract#/$defs/Chat/properties/id/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
var valid3 = _errs7 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data1.dialogId !== undefined){
const _errs9 = errors;
if(typeof data1.dialogId !== "string"){
validate50.errors = [{instancePath:instancePath+"/result/chat/dialogId",schemaPath:"contract#/$defs/Chat/properties/dialogId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs9 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data1.name !== undefined){
const _errs11 = errors;
if(typeof data1.name !== "string"){
validate50.errors = [{instancePath:instancePath+"/result/chat/name",schemaPath:"contract#/$defs/Chat/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs11 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data1.type !== undefined){
const _errs13 = errors;
if(typeof data1.type !== "string"){
validate50.errors = [{instancePath:instancePath+"/result/chat/type",schemaPath:"contract#/$defs/Chat/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs13 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data1.messageType !== undefined){
const _errs15 = errors;
if(typeof data1.messageType !== "string"){
validate50.errors = [{instancePath:instancePath+"/result/chat/messageType",schemaPath:"contract#/$defs/Chat/properties/messageType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs15 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data1.owner !== undefined){
let data7 = data1.owner;
const _errs17 = errors;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
validate50.errors = [{instancePath:instancePath+"/result/chat/owner",schemaPath:"contract#/$defs/Chat/properties/owner/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid3 = _errs17 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data1.color !== undefined){
let data8 = data1.color;
const _errs19 = errors;
if((typeof data8 !== "string") && (data8 !== null)){
validate50.errors = [{instancePath:instancePath+"/result/chat/color",schemaPath:"contract#/$defs/Chat/properties/color/type",keyword:"type",params:{type: schema62.properties.color.type},message:"must be string,null"}];
return false;
}
var valid3 = _errs19 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data1.avatar !== undefined){
const _errs21 = errors;
if(typeof data1.avatar !== "string"){
validate50.errors = [{instancePath:instancePath+"/result/chat/avatar",schemaPath:"contract#/$defs/Chat/properties/avatar/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs21 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data1.description !== undefined){
const _errs23 = errors;
if(typeof data1.description !== "string"){
validate50.errors = [{instancePath:instancePath+"/result/chat/description",schemaPath:"contract#/$defs/Chat/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs23 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data1.extranet !== undefined){
const _errs25 = errors;
if(typeof data1.extranet !== "boolean"){
validate50.errors = [{instancePath:instancePath+"/result/chat/extranet",schemaPath:"contract#/$defs/Chat/properties/extranet/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid3 = _errs25 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data1.role !== undefined){
let data12 = data1.role;
const _errs27 = errors;
if(typeof data12 !== "string"){
validate50.errors = [{instancePath:instancePath+"/result/chat/role",schemaPath:"contract#/$defs/Chat/properties/role/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((((data12 === "owner") || (data12 === "manager")) || (data12 === "member")) || (data12 === "guest")) || (data12 === "none"))){
validate50.errors = [{instancePath:instancePath+"/result/chat/role",schemaPath:"contract#/$defs/Chat/properties/role/enum",keyword:"enum",params:{allowedValues: schema62.properties.role.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid3 = _errs27 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data1.containsCollaber !== undefined){
const _errs29 = errors;
if(typeof data1.containsCollaber !== "boolean"){
validate50.errors = [{instancePath:instancePath+"/result/chat/containsCollaber",schemaPath:"contract#/$defs/Chat/properties/containsCollaber/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid3 = _errs29 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data1.muteList !== undefined){
let data14 = data1.muteList;
const _errs31 = errors;
if(errors === _errs31){
if(Array.isArray(data14)){
var valid4 = true;
const len0 = data14.length;
for(let i0=0; i0<len0; i0++){
let data15 = data14[i0];
const _errs33 = errors;
if(!(((typeof data15 == "number") && (!(data15 % 1) && !isNaN(data15))) && (isFinite(data15)))){
validate50.errors = [{instancePath:instancePath+"/result/chat/muteList/" + i0,schemaPath:"contract#/$defs/Chat/properties/muteList/items/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid4 = _errs33 === errors;
if(!valid4){
break;
}
}
}
else {
validate50.errors = [{instancePath:instancePath+"/result/chat/muteList",schemaPath:"contract#/$defs/Chat/properties/muteList/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid3 = _errs31 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data1.entityType !== undefined){
const _errs35 = errors;
if(typeof data1.entityType !== "string"){
validate50.errors = [{instancePath:instancePath+"/result/chat/entityType",schemaPath:"contract#/$defs/Chat/properties/entityType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs35 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data1.entityId !== undefined){
const _errs37 = errors;
if(typeof data1.entityId !== "string"){
validate50.errors = [{instancePath:instancePath+"/result/chat/entityId",schemaPath:"contract#/$defs/Chat/properties/entityId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs37 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data1.entityData1 !== undefined){
const _errs39 = errors;
if(typeof data1.entityData1 !== "string"){
validate50.errors = [{instancePath:instancePath+"/result/chat/entityData1",schemaPath:"contract#/$defs/Chat/properties/entityData1/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs39 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data1.entityData2 !== undefined){
const _errs41 = errors;
if(typeof data1.entityData2 !== "string"){
validate50.errors = [{instancePath:instancePath+"/result/chat/entityData2",schemaPath:"contract#/$defs/Chat/properties/entityData2/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs41 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data1.entityData3 !== undefined){
const _errs43 = errors;
if(typeof data1.entityData3 !== "string"){
validate50.errors = [{instancePath:instancePath+"/result/chat/entityData3",schemaPath:"contract#/$defs/Chat/properties/entityData3/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs43 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data1.entityLink !== undefined){
let data21 = data1.entityLink;
const _errs45 = errors;
if(!(data21 && typeof data21 == "object" && !Array.isArray(data21))){
validate50.errors = [{instancePath:instancePath+"/result/chat/entityLink",schemaPath:"contract#/$defs/Chat/properties/entityLink/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
var valid3 = _errs45 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data1.diskFolderId !== undefined){
let data22 = data1.diskFolderId;
const _errs47 = errors;
if((!(((typeof data22 == "number") && (!(data22 % 1) && !isNaN(data22))) && (isFinite(data22)))) && (data22 !== null)){
validate50.errors = [{instancePath:instancePath+"/result/chat/diskFolderId",schemaPath:"contract#/$defs/Chat/properties/diskFolderId/type",keyword:"type",params:{type: schema62.properties.diskFolderId.type},message:"must be integer,null"}];
return false;
}
var valid3 = _errs47 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data1.permissions !== undefined){
let data23 = data1.permissions;
const _errs49 = errors;
if(!(data23 && typeof data23 == "object" && !Array.isArray(data23))){
validate50.errors = [{instancePath:instancePath+"/result/chat/permissions",schemaPath:"contract#/$defs/Chat/properties/permissions/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
var valid3 = _errs49 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data1.parentChatId !== undefined){
let data24 = data1.parentChatId;
const _errs51 = errors;
if((!(((typeof data24 == "number") && (!(data24 % 1) && !isNaN(data24))) && (isFinite(data24)))) && (data24 !== null)){
validate50.errors = [{instancePath:instancePath+"/result/chat/parentChatId",schemaPath:"contract#/$defs/Chat/properties/parentChatId/type",keyword:"type",params:{type: schema62.properties.parentChatId.type},message:"must be integer,null"}];
return false;
}
var valid3 = _errs51 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data1.parentMessageId !== undefined){
let data25 = data1.parentMessageId;
const _errs53 = errors;
if((!(((typeof data25 == "number") && (!(data25 % 1) && !isNaN(data25))) && (isFinite(data25)))) && (data25 !== null)){
validate50.errors = [{instancePath:instancePath+"/result/chat/parentMessageId",schemaPath:"contract#/$defs/Chat/properties/parentMessageId/type",keyword:"type",params:{type: schema62.properties.parentMessageId.type},message:"must be integer,null"}];
return false;
}
var valid3 = _errs53 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data1.isNew !== undefined){
const _errs55 = errors;
if(typeof data1.isNew !== "boolean"){
validate50.errors = [{instancePath:instancePath+"/result/chat/isNew",schemaPath:"contract#/$defs/Chat/properties/isNew/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid3 = _errs55 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data1.textFieldEnabled !== undefined){
let data27 = data1.textFieldEnabled;
const _errs57 = errors;
if(typeof data27 !== "string"){
validate50.errors = [{instancePath:instancePath+"/result/chat/textFieldEnabled",schemaPath:"contract#/$defs/Chat/properties/textFieldEnabled/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((data27 === "Y") || (data27 === "N"))){
validate50.errors = [{instancePath:instancePath+"/result/chat/textFieldEnabled",schemaPath:"contract#/$defs/Chat/properties/textFieldEnabled/enum",keyword:"enum",params:{allowedValues: schema62.properties.textFieldEnabled.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid3 = _errs57 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data1.backgroundId !== undefined){
let data28 = data1.backgroundId;
const _errs59 = errors;
if((typeof data28 !== "string") && (data28 !== null)){
validate50.errors = [{instancePath:instancePath+"/result/chat/backgroundId",schemaPath:"contract#/$defs/Chat/properties/backgroundId/type",keyword:"type",params:{type: schema62.properties.backgroundId.type},message:"must be string,null"}];
return false;
}
var valid3 = _errs59 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data1.dateCreate !== undefined){
let data29 = data1.dateCreate;
const _errs61 = errors;
if((typeof data29 !== "string") && (data29 !== null)){
validate50.errors = [{instancePath:instancePath+"/result/chat/dateCreate",schemaPath:"contract#/$defs/Chat/properties/dateCreate/type",keyword:"type",params:{type: schema62.properties.dateCreate.type},message:"must be string,null"}];
return false;
}
if(errors === _errs61){
if(errors === _errs61){
if(typeof data29 === "string"){
if(!(formats0(data29))){
validate50.errors = [{instancePath:instancePath+"/result/chat/dateCreate",schemaPath:"contract#/$defs/Chat/properties/dateCreate/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
}
}
var valid3 = _errs61 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data1.lastMessageId !== undefined){
let data30 = data1.lastMessageId;
const _errs63 = errors;
if((!(((typeof data30 == "number") && (!(data30 % 1) && !isNaN(data30))) && (isFinite(data30)))) && (data30 !== null)){
validate50.errors = [{instancePath:instancePath+"/result/chat/lastMessageId",schemaPath:"contract#/$defs/Chat/properties/lastMessageId/type",keyword:"type",params:{type: schema62.properties.lastMessageId.type},message:"must be integer,null"}];
return false;
}
var valid3 = _errs63 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data1.lastId !== undefined){
let data31 = data1.lastId;
const _errs65 = errors;
if((!(((typeof data31 == "number") && (!(data31 % 1) && !isNaN(data31))) && (isFinite(data31)))) && (data31 !== null)){
validate50.errors = [{instancePath:instancePath+"/result/chat/lastId",schemaPath:"contract#/$defs/Chat/properties/lastId/type",keyword:"type",params:{type: schema62.properties.lastId.type},message:"must be integer,null"}];
return false;
}
var valid3 = _errs65 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data1.managerList !== undefined){
let data32 = data1.managerList;
const _errs67 = errors;
if(errors === _errs67){
if(Array.isArray(data32)){
var valid5 = true;
const len1 = data32.length;
for(let i1=0; i1<len1; i1++){
let data33 = data32[i1];
const _errs69 = errors;
if(!(((typeof data33 == "number") && (!(data33 % 1) && !isNaN(data33))) && (isFinite(data33)))){
validate50.errors = [{instancePath:instancePath+"/result/chat/managerList/" + i1,schemaPath:"contract#/$defs/Chat/properties/managerList/items/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid5 = _errs69 === errors;
if(!valid5){
break;
}
}
}
else {
validate50.errors = [{instancePath:instancePath+"/result/chat/managerList",schemaPath:"contract#/$defs/Chat/properties/managerList/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid3 = _errs67 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data1.messageCount !== undefined){
let data34 = data1.messageCount;
const _errs71 = errors;
if(!(((typeof data34 == "number") && (!(data34 % 1) && !isNaN(data34))) && (isFinite(data34)))){
validate50.errors = [{instancePath:instancePath+"/result/chat/messageCount",schemaPath:"contract#/$defs/Chat/properties/messageCount/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid3 = _errs71 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data1.userCounter !== undefined){
let data35 = data1.userCounter;
const _errs73 = errors;
if(!(((typeof data35 == "number") && (!(data35 % 1) && !isNaN(data35))) && (isFinite(data35)))){
validate50.errors = [{instancePath:instancePath+"/result/chat/userCounter",schemaPath:"contract#/$defs/Chat/properties/userCounter/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid3 = _errs73 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data1.unreadId !== undefined){
let data36 = data1.unreadId;
const _errs75 = errors;
if((!(((typeof data36 == "number") && (!(data36 % 1) && !isNaN(data36))) && (isFinite(data36)))) && (data36 !== null)){
validate50.errors = [{instancePath:instancePath+"/result/chat/unreadId",schemaPath:"contract#/$defs/Chat/properties/unreadId/type",keyword:"type",params:{type: schema62.properties.unreadId.type},message:"must be integer,null"}];
return false;
}
var valid3 = _errs75 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data1.lastMessageViews !== undefined){
const _errs77 = errors;
if(typeof data1.lastMessageViews !== "string"){
validate50.errors = [{instancePath:instancePath+"/result/chat/lastMessageViews",schemaPath:"contract#/$defs/Chat/properties/lastMessageViews/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs77 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data1.markedId !== undefined){
let data38 = data1.markedId;
const _errs79 = errors;
if((!(((typeof data38 == "number") && (!(data38 % 1) && !isNaN(data38))) && (isFinite(data38)))) && (data38 !== null)){
validate50.errors = [{instancePath:instancePath+"/result/chat/markedId",schemaPath:"contract#/$defs/Chat/properties/markedId/type",keyword:"type",params:{type: schema62.properties.markedId.type},message:"must be integer,null"}];
return false;
}
var valid3 = _errs79 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data1.public !== undefined){
let data39 = data1.public;
const _errs81 = errors;
const _errs82 = errors;
let valid6 = false;
let passing0 = null;
const _errs83 = errors;
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
var _valid0 = _errs83 === errors;
if(_valid0){
valid6 = true;
passing0 = 0;
}
const _errs85 = errors;
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
var _valid0 = _errs85 === errors;
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
validate50.errors = vErrors;
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
var valid3 = _errs81 === errors;
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
validate50.errors = [{instancePath:instancePath+"/result/chat",schemaPath:"contract#/$defs/Chat/type",keyword:"type",params:{type: "object"},message:"must be object"}];
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
const _errs87 = errors;
if(errors === _errs87){
if(Array.isArray(data40)){
var valid7 = true;
const len2 = data40.length;
for(let i2=0; i2<len2; i2++){
const _errs89 = errors;
if(!(validate28(data40[i2], {instancePath:instancePath+"/result/users/" + i2,parentData:data40,parentDataProperty:i2,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
errors = vErrors.length;
}
var valid7 = _errs89 === errors;
if(!valid7){
break;
}
}
}
else {
validate50.errors = [{instancePath:instancePath+"/result/users",schemaPath:"#/properties/result/properties/users/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid1 = _errs87 === errors;
}
else {
var valid1 = true;
}
}
}
}
else {
validate50.errors = [{instancePath:instancePath+"/result",schemaPath:"#/properties/result/type",keyword:"type",params:{type: "object"},message:"must be object"}];
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
const _errs90 = errors;
const _errs91 = errors;
if(errors === _errs91){
if(data42 && typeof data42 == "object" && !Array.isArray(data42)){
let missing3;
if(((((((data42.start === undefined) && (missing3 = "start")) || ((data42.finish === undefined) && (missing3 = "finish"))) || ((data42.duration === undefined) && (missing3 = "duration"))) || ((data42.processing === undefined) && (missing3 = "processing"))) || ((data42.date_start === undefined) && (missing3 = "date_start"))) || ((data42.date_finish === undefined) && (missing3 = "date_finish"))){
validate50.errors = [{instancePath:instancePath+"/time",schemaPath:"contract#/$defs/ResponseTime/required",keyword:"required",params:{missingProperty: missing3},message:"must have required property '"+missing3+"'"}];
return false;
}
else {
if(data42.start !== undefined){
let data43 = data42.start;
const _errs93 = errors;
if(!((typeof data43 == "number") && (isFinite(data43)))){
validate50.errors = [{instancePath:instancePath+"/time/start",schemaPath:"contract#/$defs/ResponseTime/properties/start/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid9 = _errs93 === errors;
}
else {
var valid9 = true;
}
if(valid9){
if(data42.finish !== undefined){
let data44 = data42.finish;
const _errs96 = errors;
if(!((typeof data44 == "number") && (isFinite(data44)))){
validate50.errors = [{instancePath:instancePath+"/time/finish",schemaPath:"contract#/$defs/ResponseTime/properties/finish/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid9 = _errs96 === errors;
}
else {
var valid9 = true;
}
if(valid9){
if(data42.duration !== undefined){
let data45 = data42.duration;
const _errs99 = errors;
if(!((typeof data45 == "number") && (isFinite(data45)))){
validate50.errors = [{instancePath:instancePath+"/time/duration",schemaPath:"contract#/$defs/ResponseTime/properties/duration/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid9 = _errs99 === errors;
}
else {
var valid9 = true;
}
if(valid9){
if(data42.processing !== undefined){
let data46 = data42.processing;
const _errs102 = errors;
if(!((typeof data46 == "number") && (isFinite(data46)))){
validate50.errors = [{instancePath:instancePath+"/time/processing",schemaPath:"contract#/$defs/ResponseTime/properties/processing/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid9 = _errs102 === errors;
}
else {
var valid9 = true;
}
if(valid9){
if(data42.date_start !== undefined){
let data47 = data42.date_start;
const _errs105 = errors;
if(errors === _errs105){
if(errors === _errs105){
if(typeof data47 === "string"){
if(!(formats0(data47))){
validate50.errors = [{instancePath:instancePath+"/time/date_start",schemaPath:"contract#/$defs/ResponseTime/properties/date_start/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate50.errors = [{instancePath:instancePath+"/time/date_start",schemaPath:"contract#/$defs/ResponseTime/properties/date_start/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid9 = _errs105 === errors;
}
else {
var valid9 = true;
}
if(valid9){
if(data42.date_finish !== undefined){
let data48 = data42.date_finish;
const _errs108 = errors;
if(errors === _errs108){
if(errors === _errs108){
if(typeof data48 === "string"){
if(!(formats0(data48))){
validate50.errors = [{instancePath:instancePath+"/time/date_finish",schemaPath:"contract#/$defs/ResponseTime/properties/date_finish/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate50.errors = [{instancePath:instancePath+"/time/date_finish",schemaPath:"contract#/$defs/ResponseTime/properties/date_finish/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid9 = _errs108 === errors;
}
else {
var valid9 = true;
}
if(valid9){
if(data42.operating !== undefined){
let data49 = data42.operating;
const _errs111 = errors;
if(!((typeof data49 == "number") && (isFinite(data49)))){
validate50.errors = [{instancePath:instancePath+"/time/operating",schemaPath:"contract#/$defs/ResponseTime/properties/operating/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid9 = _errs111 === errors;
}
else {
var valid9 = true;
}
if(valid9){
if(data42.operating_reset_at !== undefined){
let data50 = data42.operating_reset_at;
const _errs114 = errors;
if(!(((typeof data50 == "number") && (!(data50 % 1) && !isNaN(data50))) && (isFinite(data50)))){
validate50.errors = [{instancePath:instancePath+"/time/operating_reset_at",schemaPath:"contract#/$defs/ResponseTime/properties/operating_reset_at/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid9 = _errs114 === errors;
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
validate50.errors = [{instancePath:instancePath+"/time",schemaPath:"contract#/$defs/ResponseTime/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs90 === errors;
}
else {
var valid0 = true;
}
}
}
}
else {
validate50.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate50.errors = vErrors;
return errors === 0;
}
validate50.evaluated = {"props":{"result":true,"time":true},"dynamicProps":false,"dynamicItems":false};


function validate49(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="imbotV2ChatAddSuccess" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate49.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate50(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
errors = vErrors.length;
}
validate49.errors = vErrors;
return errors === 0;
}
validate49.evaluated = {"props":{"result":true,"time":true},"dynamicProps":false,"dynamicItems":false};

export const imbotV2ChatGetParams = validate246;
const schema266 = {"$id":"imbotV2ChatGetParams","$ref":"contract#/$defs/ImbotV2ChatGetParams"};
const schema267 = {"type":"object","description":"Parameters of imbot.v2.Chat.get.","required":["botId","dialogId"],"properties":{"botId":{"$ref":"contract#/$defs/BotId","x-bitrix-empty-error":"BOT_ID_REQUIRED"},"botToken":{"$ref":"contract#/$defs/BotToken","x-bitrix-webhook-required":"BOT_TOKEN_NOT_SPECIFIED"},"dialogId":{"$ref":"contract#/$defs/DialogId"}}};
const schema173 = {"type":"string","pattern":"^(chat[1-9][0-9]*|[1-9][0-9]*)$","description":"A dialog: `chat<chatId>` for a group chat (`chat5`), or the other user's id as a string for a personal dialog (`\"1\"`). In a personal dialog it is always the counterpart's id, so the dialogId an event carries is the one to answer to.","example":"chat5"};
const pattern4 = new RegExp("^(chat[1-9][0-9]*|[1-9][0-9]*)$", "u");

function validate247(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate247.evaluated;
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
validate247.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.botId !== undefined){
let data0 = data.botId;
const _errs1 = errors;
const _errs2 = errors;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
validate247.errors = [{instancePath:instancePath+"/botId",schemaPath:"contract#/$defs/BotId/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs2){
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 < 1 || isNaN(data0)){
validate247.errors = [{instancePath:instancePath+"/botId",schemaPath:"contract#/$defs/BotId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
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
const _errs6 = errors;
const _errs7 = errors;
if(errors === _errs7){
if(typeof data1 === "string"){
if(func1(data1) > 40){
validate247.errors = [{instancePath:instancePath+"/botToken",schemaPath:"contract#/$defs/BotToken/maxLength",keyword:"maxLength",params:{limit: 40},message:"must NOT have more than 40 characters"}];
return false;
}
else {
if(func1(data1) < 1){
validate247.errors = [{instancePath:instancePath+"/botToken",schemaPath:"contract#/$defs/BotToken/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate247.errors = [{instancePath:instancePath+"/botToken",schemaPath:"contract#/$defs/BotToken/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.dialogId !== undefined){
let data2 = data.dialogId;
const _errs11 = errors;
const _errs12 = errors;
if(errors === _errs12){
if(typeof data2 === "string"){
if(!pattern4.test(data2)){
validate247.errors = [{instancePath:instancePath+"/dialogId",schemaPath:"contract#/$defs/DialogId/pattern",keyword:"pattern",params:{pattern: "^(chat[1-9][0-9]*|[1-9][0-9]*)$"},message:"must match pattern \""+"^(chat[1-9][0-9]*|[1-9][0-9]*)$"+"\""}];
return false;
}
}
else {
validate247.errors = [{instancePath:instancePath+"/dialogId",schemaPath:"contract#/$defs/DialogId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate247.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate247.errors = vErrors;
return errors === 0;
}
validate247.evaluated = {"props":{"botId":true,"botToken":true,"dialogId":true},"dynamicProps":false,"dynamicItems":false};


function validate246(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="imbotV2ChatGetParams" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate246.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate247(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate247.errors : vErrors.concat(validate247.errors);
errors = vErrors.length;
}
validate246.errors = vErrors;
return errors === 0;
}
validate246.evaluated = {"props":{"botId":true,"botToken":true,"dialogId":true},"dynamicProps":false,"dynamicItems":false};

export const imbotV2ChatGetSuccess = validate53;
const schema64 = {"$id":"imbotV2ChatGetSuccess","$ref":"contract#/$defs/ImbotV2ChatGetSuccess"};
const schema65 = {"type":"object","description":"The success envelope of imbot.v2.Chat.get.","required":["result","time"],"properties":{"result":{"type":"object","description":"The chat.","required":["chat"],"properties":{"chat":{"$ref":"contract#/$defs/Chat"}}},"time":{"$ref":"contract#/$defs/ResponseTime"}}};

function validate54(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate54.evaluated;
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
validate54.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
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
validate54.errors = [{instancePath:instancePath+"/result",schemaPath:"#/properties/result/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
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
validate54.errors = [{instancePath:instancePath+"/result/chat",schemaPath:"contract#/$defs/Chat/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
if(data1.id !== undefined){
let data2 = data1.id;
const _errs7 = errors;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
validate54.errors = [{instancePath:instancePath+"/result/chat/id",schemaPath:"contract#/$defs/Chat/properties/id/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs7){
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 1 || isNaN(data2)){
validate54.errors = [{instancePath:instancePath+"/result/chat/id",schemaPath:"contract#/$defs/Chat/properties/id/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
var valid3 = _errs7 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data1.dialogId !== undefined){
const _errs9 = errors;
if(typeof data1.dialogId !== "string"){
validate54.errors = [{instancePath:instancePath+"/result/chat/dialogId",schemaPath:"contract#/$defs/Chat/properties/dialogId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs9 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data1.name !== undefined){
const _errs11 = errors;
if(typeof data1.name !== "string"){
validate54.errors = [{instancePath:instancePath+"/result/chat/name",schemaPath:"contract#/$defs/Chat/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs11 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data1.type !== undefined){
const _errs13 = errors;
if(typeof data1.type !== "string"){
validate54.errors = [{instancePath:instancePath+"/result/chat/type",schemaPath:"contract#/$defs/Chat/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs13 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data1.messageType !== undefined){
const _errs15 = errors;
if(typeof data1.messageType !== "string"){
validate54.errors = [{instancePath:instancePath+"/result/chat/messageType",schemaPath:"contract#/$defs/Chat/properties/messageType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs15 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data1.owner !== undefined){
let data7 = data1.owner;
const _errs17 = errors;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
validate54.errors = [{instancePath:instancePath+"/result/chat/owner",schemaPath:"contract#/$defs/Chat/properties/owner/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid3 = _errs17 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data1.color !== undefined){
let data8 = data1.color;
const _errs19 = errors;
if((typeof data8 !== "string") && (data8 !== null)){
validate54.errors = [{instancePath:instancePath+"/result/chat/color",schemaPath:"contract#/$defs/Chat/properties/color/type",keyword:"type",params:{type: schema62.properties.color.type},message:"must be string,null"}];
return false;
}
var valid3 = _errs19 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data1.avatar !== undefined){
const _errs21 = errors;
if(typeof data1.avatar !== "string"){
validate54.errors = [{instancePath:instancePath+"/result/chat/avatar",schemaPath:"contract#/$defs/Chat/properties/avatar/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs21 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data1.description !== undefined){
const _errs23 = errors;
if(typeof data1.description !== "string"){
validate54.errors = [{instancePath:instancePath+"/result/chat/description",schemaPath:"contract#/$defs/Chat/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs23 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data1.extranet !== undefined){
const _errs25 = errors;
if(typeof data1.extranet !== "boolean"){
validate54.errors = [{instancePath:instancePath+"/result/chat/extranet",schemaPath:"contract#/$defs/Chat/properties/extranet/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid3 = _errs25 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data1.role !== undefined){
let data12 = data1.role;
const _errs27 = errors;
if(typeof data12 !== "string"){
validate54.errors = [{instancePath:instancePath+"/result/chat/role",schemaPath:"contract#/$defs/Chat/properties/role/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((((data12 === "owner") || (data12 === "manager")) || (data12 === "member")) || (data12 === "guest")) || (data12 === "none"))){
validate54.errors = [{instancePath:instancePath+"/result/chat/role",schemaPath:"contract#/$defs/Chat/properties/role/enum",keyword:"enum",params:{allowedValues: schema62.properties.role.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid3 = _errs27 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data1.containsCollaber !== undefined){
const _errs29 = errors;
if(typeof data1.containsCollaber !== "boolean"){
validate54.errors = [{instancePath:instancePath+"/result/chat/containsCollaber",schemaPath:"contract#/$defs/Chat/properties/containsCollaber/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid3 = _errs29 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data1.muteList !== undefined){
let data14 = data1.muteList;
const _errs31 = errors;
if(errors === _errs31){
if(Array.isArray(data14)){
var valid4 = true;
const len0 = data14.length;
for(let i0=0; i0<len0; i0++){
let data15 = data14[i0];
const _errs33 = errors;
if(!(((typeof data15 == "number") && (!(data15 % 1) && !isNaN(data15))) && (isFinite(data15)))){
validate54.errors = [{instancePath:instancePath+"/result/chat/muteList/" + i0,schemaPath:"contract#/$defs/Chat/properties/muteList/items/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid4 = _errs33 === errors;
if(!valid4){
break;
}
}
}
else {
validate54.errors = [{instancePath:instancePath+"/result/chat/muteList",schemaPath:"contract#/$defs/Chat/properties/muteList/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid3 = _errs31 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data1.entityType !== undefined){
const _errs35 = errors;
if(typeof data1.entityType !== "string"){
validate54.errors = [{instancePath:instancePath+"/result/chat/entityType",schemaPath:"contract#/$defs/Chat/properties/entityType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs35 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data1.entityId !== undefined){
const _errs37 = errors;
if(typeof data1.entityId !== "string"){
validate54.errors = [{instancePath:instancePath+"/result/chat/entityId",schemaPath:"contract#/$defs/Chat/properties/entityId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs37 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data1.entityData1 !== undefined){
const _errs39 = errors;
if(typeof data1.entityData1 !== "string"){
validate54.errors = [{instancePath:instancePath+"/result/chat/entityData1",schemaPath:"contract#/$defs/Chat/properties/entityData1/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs39 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data1.entityData2 !== undefined){
const _errs41 = errors;
if(typeof data1.entityData2 !== "string"){
validate54.errors = [{instancePath:instancePath+"/result/chat/entityData2",schemaPath:"contract#/$defs/Chat/properties/entityData2/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs41 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data1.entityData3 !== undefined){
const _errs43 = errors;
if(typeof data1.entityData3 !== "string"){
validate54.errors = [{instancePath:instancePath+"/result/chat/entityData3",schemaPath:"contract#/$defs/Chat/properties/entityData3/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs43 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data1.entityLink !== undefined){
let data21 = data1.entityLink;
const _errs45 = errors;
if(!(data21 && typeof data21 == "object" && !Array.isArray(data21))){
validate54.errors = [{instancePath:instancePath+"/result/chat/entityLink",schemaPath:"contract#/$defs/Chat/properties/entityLink/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
var valid3 = _errs45 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data1.diskFolderId !== undefined){
let data22 = data1.diskFolderId;
const _errs47 = errors;
if((!(((typeof data22 == "number") && (!(data22 % 1) && !isNaN(data22))) && (isFinite(data22)))) && (data22 !== null)){
validate54.errors = [{instancePath:instancePath+"/result/chat/diskFolderId",schemaPath:"contract#/$defs/Chat/properties/diskFolderId/type",keyword:"type",params:{type: schema62.properties.diskFolderId.type},message:"must be integer,null"}];
return false;
}
var valid3 = _errs47 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data1.permissions !== undefined){
let data23 = data1.permissions;
const _errs49 = errors;
if(!(data23 && typeof data23 == "object" && !Array.isArray(data23))){
validate54.errors = [{instancePath:instancePath+"/result/chat/permissions",schemaPath:"contract#/$defs/Chat/properties/permissions/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
var valid3 = _errs49 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data1.parentChatId !== undefined){
let data24 = data1.parentChatId;
const _errs51 = errors;
if((!(((typeof data24 == "number") && (!(data24 % 1) && !isNaN(data24))) && (isFinite(data24)))) && (data24 !== null)){
validate54.errors = [{instancePath:instancePath+"/result/chat/parentChatId",schemaPath:"contract#/$defs/Chat/properties/parentChatId/type",keyword:"type",params:{type: schema62.properties.parentChatId.type},message:"must be integer,null"}];
return false;
}
var valid3 = _errs51 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data1.parentMessageId !== undefined){
let data25 = data1.parentMessageId;
const _errs53 = errors;
if((!(((typeof data25 == "number") && (!(data25 % 1) && !isNaN(data25))) && (isFinite(data25)))) && (data25 !== null)){
validate54.errors = [{instancePath:instancePath+"/result/chat/parentMessageId",schemaPath:"contract#/$defs/Chat/properties/parentMessageId/type",keyword:"type",params:{type: schema62.properties.parentMessageId.type},message:"must be integer,null"}];
return false;
}
var valid3 = _errs53 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data1.isNew !== undefined){
const _errs55 = errors;
if(typeof data1.isNew !== "boolean"){
validate54.errors = [{instancePath:instancePath+"/result/chat/isNew",schemaPath:"contract#/$defs/Chat/properties/isNew/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid3 = _errs55 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data1.textFieldEnabled !== undefined){
let data27 = data1.textFieldEnabled;
const _errs57 = errors;
if(typeof data27 !== "string"){
validate54.errors = [{instancePath:instancePath+"/result/chat/textFieldEnabled",schemaPath:"contract#/$defs/Chat/properties/textFieldEnabled/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((data27 === "Y") || (data27 === "N"))){
validate54.errors = [{instancePath:instancePath+"/result/chat/textFieldEnabled",schemaPath:"contract#/$defs/Chat/properties/textFieldEnabled/enum",keyword:"enum",params:{allowedValues: schema62.properties.textFieldEnabled.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid3 = _errs57 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data1.backgroundId !== undefined){
let data28 = data1.backgroundId;
const _errs59 = errors;
if((typeof data28 !== "string") && (data28 !== null)){
validate54.errors = [{instancePath:instancePath+"/result/chat/backgroundId",schemaPath:"contract#/$defs/Chat/properties/backgroundId/type",keyword:"type",params:{type: schema62.properties.backgroundId.type},message:"must be string,null"}];
return false;
}
var valid3 = _errs59 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data1.dateCreate !== undefined){
let data29 = data1.dateCreate;
const _errs61 = errors;
if((typeof data29 !== "string") && (data29 !== null)){
validate54.errors = [{instancePath:instancePath+"/result/chat/dateCreate",schemaPath:"contract#/$defs/Chat/properties/dateCreate/type",keyword:"type",params:{type: schema62.properties.dateCreate.type},message:"must be string,null"}];
return false;
}
if(errors === _errs61){
if(errors === _errs61){
if(typeof data29 === "string"){
if(!(formats0(data29))){
validate54.errors = [{instancePath:instancePath+"/result/chat/dateCreate",schemaPath:"contract#/$defs/Chat/properties/dateCreate/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
}
}
var valid3 = _errs61 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data1.lastMessageId !== undefined){
let data30 = data1.lastMessageId;
const _errs63 = errors;
if((!(((typeof data30 == "number") && (!(data30 % 1) && !isNaN(data30))) && (isFinite(data30)))) && (data30 !== null)){
validate54.errors = [{instancePath:instancePath+"/result/chat/lastMessageId",schemaPath:"contract#/$defs/Chat/properties/lastMessageId/type",keyword:"type",params:{type: schema62.properties.lastMessageId.type},message:"must be integer,null"}];
return false;
}
var valid3 = _errs63 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data1.lastId !== undefined){
let data31 = data1.lastId;
const _errs65 = errors;
if((!(((typeof data31 == "number") && (!(data31 % 1) && !isNaN(data31))) && (isFinite(data31)))) && (data31 !== null)){
validate54.errors = [{instancePath:instancePath+"/result/chat/lastId",schemaPath:"contract#/$defs/Chat/properties/lastId/type",keyword:"type",params:{type: schema62.properties.lastId.type},message:"must be integer,null"}];
return false;
}
var valid3 = _errs65 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data1.managerList !== undefined){
let data32 = data1.managerList;
const _errs67 = errors;
if(errors === _errs67){
if(Array.isArray(data32)){
var valid5 = true;
const len1 = data32.length;
for(let i1=0; i1<len1; i1++){
let data33 = data32[i1];
const _errs69 = errors;
if(!(((typeof data33 == "number") && (!(data33 % 1) && !isNaN(data33))) && (isFinite(data33)))){
validate54.errors = [{instancePath:instancePath+"/result/chat/managerList/" + i1,schemaPath:"contract#/$defs/Chat/properties/managerList/items/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid5 = _errs69 === errors;
if(!valid5){
break;
}
}
}
else {
validate54.errors = [{instancePath:instancePath+"/result/chat/managerList",schemaPath:"contract#/$defs/Chat/properties/managerList/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid3 = _errs67 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data1.messageCount !== undefined){
let data34 = data1.messageCount;
const _errs71 = errors;
if(!(((typeof data34 == "number") && (!(data34 % 1) && !isNaN(data34))) && (isFinite(data34)))){
validate54.errors = [{instancePath:instancePath+"/result/chat/messageCount",schemaPath:"contract#/$defs/Chat/properties/messageCount/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid3 = _errs71 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data1.userCounter !== undefined){
let data35 = data1.userCounter;
const _errs73 = errors;
if(!(((typeof data35 == "number") && (!(data35 % 1) && !isNaN(data35))) && (isFinite(data35)))){
validate54.errors = [{instancePath:instancePath+"/result/chat/userCounter",schemaPath:"contract#/$defs/Chat/properties/userCounter/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid3 = _errs73 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data1.unreadId !== undefined){
let data36 = data1.unreadId;
const _errs75 = errors;
if((!(((typeof data36 == "number") && (!(data36 % 1) && !isNaN(data36))) && (isFinite(data36)))) && (data36 !== null)){
validate54.errors = [{instancePath:instancePath+"/result/chat/unreadId",schemaPath:"contract#/$defs/Chat/properties/unreadId/type",keyword:"type",params:{type: schema62.properties.unreadId.type},message:"must be integer,null"}];
return false;
}
var valid3 = _errs75 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data1.lastMessageViews !== undefined){
const _errs77 = errors;
if(typeof data1.lastMessageViews !== "string"){
validate54.errors = [{instancePath:instancePath+"/result/chat/lastMessageViews",schemaPath:"contract#/$defs/Chat/properties/lastMessageViews/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs77 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data1.markedId !== undefined){
let data38 = data1.markedId;
const _errs79 = errors;
if((!(((typeof data38 == "number") && (!(data38 % 1) && !isNaN(data38))) && (isFinite(data38)))) && (data38 !== null)){
validate54.errors = [{instancePath:instancePath+"/result/chat/markedId",schemaPath:"contract#/$defs/Chat/properties/markedId/type",keyword:"type",params:{type: schema62.properties.markedId.type},message:"must be integer,null"}];
return false;
}
var valid3 = _errs79 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data1.public !== undefined){
let data39 = data1.public;
const _errs81 = errors;
const _errs82 = errors;
let valid6 = false;
let passing0 = null;
const _errs83 = errors;
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
var _valid0 = _errs83 === errors;
if(_valid0){
valid6 = true;
passing0 = 0;
}
const _errs85 = errors;
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
var _valid0 = _errs85 === errors;
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
validate54.errors = vErrors;
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
var valid3 = _errs81 === errors;
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
validate54.errors = [{instancePath:instancePath+"/result/chat",schemaPath:"contract#/$defs/Chat/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
}
}
}
else {
validate54.errors = [{instancePath:instancePath+"/result",schemaPath:"#/properties/result/type",keyword:"type",params:{type: "object"},message:"must be object"}];
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
const _errs87 = errors;
const _errs88 = errors;
if(errors === _errs88){
if(data40 && typeof data40 == "object" && !Array.isArray(data40)){
let missing3;
if(((((((data40.start === undefined) && (missing3 = "start")) || ((data40.finish === undefined) && (missing3 = "finish"))) || ((data40.duration === undefined) && (missing3 = "duration"))) || ((data40.processing === undefined) && (missing3 = "processing"))) || ((data40.date_start === undefined) && (missing3 = "date_start"))) || ((data40.date_finish === undefined) && (missing3 = "date_finish"))){
validate54.errors = [{instancePath:instancePath+"/time",schemaPath:"contract#/$defs/ResponseTime/required",keyword:"required",params:{missingProperty: missing3},message:"must have required property '"+missing3+"'"}];
return false;
}
else {
if(data40.start !== undefined){
let data41 = data40.start;
const _errs90 = errors;
if(!((typeof data41 == "number") && (isFinite(data41)))){
validate54.errors = [{instancePath:instancePath+"/time/start",schemaPath:"contract#/$defs/ResponseTime/properties/start/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid8 = _errs90 === errors;
}
else {
var valid8 = true;
}
if(valid8){
if(data40.finish !== undefined){
let data42 = data40.finish;
const _errs93 = errors;
if(!((typeof data42 == "number") && (isFinite(data42)))){
validate54.errors = [{instancePath:instancePath+"/time/finish",schemaPath:"contract#/$defs/ResponseTime/properties/finish/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid8 = _errs93 === errors;
}
else {
var valid8 = true;
}
if(valid8){
if(data40.duration !== undefined){
let data43 = data40.duration;
const _errs96 = errors;
if(!((typeof data43 == "number") && (isFinite(data43)))){
validate54.errors = [{instancePath:instancePath+"/time/duration",schemaPath:"contract#/$defs/ResponseTime/properties/duration/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid8 = _errs96 === errors;
}
else {
var valid8 = true;
}
if(valid8){
if(data40.processing !== undefined){
let data44 = data40.processing;
const _errs99 = errors;
if(!((typeof data44 == "number") && (isFinite(data44)))){
validate54.errors = [{instancePath:instancePath+"/time/processing",schemaPath:"contract#/$defs/ResponseTime/properties/processing/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid8 = _errs99 === errors;
}
else {
var valid8 = true;
}
if(valid8){
if(data40.date_start !== undefined){
let data45 = data40.date_start;
const _errs102 = errors;
if(errors === _errs102){
if(errors === _errs102){
if(typeof data45 === "string"){
if(!(formats0(data45))){
validate54.errors = [{instancePath:instancePath+"/time/date_start",schemaPath:"contract#/$defs/ResponseTime/properties/date_start/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate54.errors = [{instancePath:instancePath+"/time/date_start",schemaPath:"contract#/$defs/ResponseTime/properties/date_start/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid8 = _errs102 === errors;
}
else {
var valid8 = true;
}
if(valid8){
if(data40.date_finish !== undefined){
let data46 = data40.date_finish;
const _errs105 = errors;
if(errors === _errs105){
if(errors === _errs105){
if(typeof data46 === "string"){
if(!(formats0(data46))){
validate54.errors = [{instancePath:instancePath+"/time/date_finish",schemaPath:"contract#/$defs/ResponseTime/properties/date_finish/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate54.errors = [{instancePath:instancePath+"/time/date_finish",schemaPath:"contract#/$defs/ResponseTime/properties/date_finish/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid8 = _errs105 === errors;
}
else {
var valid8 = true;
}
if(valid8){
if(data40.operating !== undefined){
let data47 = data40.operating;
const _errs108 = errors;
if(!((typeof data47 == "number") && (isFinite(data47)))){
validate54.errors = [{instancePath:instancePath+"/time/operating",schemaPath:"contract#/$defs/ResponseTime/properties/operating/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid8 = _errs108 === errors;
}
else {
var valid8 = true;
}
if(valid8){
if(data40.operating_reset_at !== undefined){
let data48 = data40.operating_reset_at;
const _errs111 = errors;
if(!(((typeof data48 == "number") && (!(data48 % 1) && !isNaN(data48))) && (isFinite(data48)))){
validate54.errors = [{instancePath:instancePath+"/time/operating_reset_at",schemaPath:"contract#/$defs/ResponseTime/properties/operating_reset_at/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid8 = _errs111 === errors;
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
validate54.errors = [{instancePath:instancePath+"/time",schemaPath:"contract#/$defs/ResponseTime/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs87 === errors;
}
else {
var valid0 = true;
}
}
}
}
else {
validate54.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate54.errors = vErrors;
return errors === 0;
}
validate54.evaluated = {"props":{"result":true,"time":true},"dynamicProps":false,"dynamicItems":false};


function validate53(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="imbotV2ChatGetSuccess" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate53.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate54(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
validate53.errors = vErrors;
return errors === 0;
}
validate53.evaluated = {"props":{"result":true,"time":true},"dynamicProps":false,"dynamicItems":false};

export const imbotV2ChatUpdateParams = validate249;
const schema271 = {"$id":"imbotV2ChatUpdateParams","$ref":"contract#/$defs/ImbotV2ChatUpdateParams"};
const schema272 = {"type":"object","description":"Parameters of imbot.v2.Chat.update.","required":["botId","dialogId","fields"],"properties":{"botId":{"$ref":"contract#/$defs/BotId","x-bitrix-empty-error":"BOT_ID_REQUIRED"},"botToken":{"$ref":"contract#/$defs/BotToken","x-bitrix-webhook-required":"BOT_TOKEN_NOT_SPECIFIED"},"dialogId":{"$ref":"contract#/$defs/DialogId"},"fields":{"type":"object","description":"What to change.","minProperties":1,"properties":{"title":{"type":"string","description":"New title.","example":"Support Chat (EU)"},"description":{"type":"string","description":"New description.","example":"Orders from Europe"},"color":{"$ref":"contract#/$defs/ChatColorV2"},"avatar":{"$ref":"contract#/$defs/Base64Image"}}}}};

function validate250(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate250.evaluated;
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
validate250.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.botId !== undefined){
let data0 = data.botId;
const _errs1 = errors;
const _errs2 = errors;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
validate250.errors = [{instancePath:instancePath+"/botId",schemaPath:"contract#/$defs/BotId/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs2){
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 < 1 || isNaN(data0)){
validate250.errors = [{instancePath:instancePath+"/botId",schemaPath:"contract#/$defs/BotId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
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
const _errs6 = errors;
const _errs7 = errors;
if(errors === _errs7){
if(typeof data1 === "string"){
if(func1(data1) > 40){
validate250.errors = [{instancePath:instancePath+"/botToken",schemaPath:"contract#/$defs/BotToken/maxLength",keyword:"maxLength",params:{limit: 40},message:"must NOT have more than 40 characters"}];
return false;
}
else {
if(func1(data1) < 1){
validate250.errors = [{instancePath:instancePath+"/botToken",schemaPath:"contract#/$defs/BotToken/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate250.errors = [{instancePath:instancePath+"/botToken",schemaPath:"contract#/$defs/BotToken/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.dialogId !== undefined){
let data2 = data.dialogId;
const _errs11 = errors;
const _errs12 = errors;
if(errors === _errs12){
if(typeof data2 === "string"){
if(!pattern4.test(data2)){
validate250.errors = [{instancePath:instancePath+"/dialogId",schemaPath:"contract#/$defs/DialogId/pattern",keyword:"pattern",params:{pattern: "^(chat[1-9][0-9]*|[1-9][0-9]*)$"},message:"must match pattern \""+"^(chat[1-9][0-9]*|[1-9][0-9]*)$"+"\""}];
return false;
}
}
else {
validate250.errors = [{instancePath:instancePath+"/dialogId",schemaPath:"contract#/$defs/DialogId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.fields !== undefined){
let data3 = data.fields;
const _errs15 = errors;
if(errors === _errs15){
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(Object.keys(data3).length < 1){
validate250.errors = [{instancePath:instancePath+"/fields",schemaPath:"#/properties/fields/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties"}];
return false;
}
else {
if(data3.title !== undefined){
const _errs17 = errors;
if(typeof data3.title !== "string"){
validate250.errors = [{instancePath:instancePath+"/fields/title",schemaPath:"#/properties/fields/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid4 = _errs17 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data3.description !== undefined){
const _errs20 = errors;
if(typeof data3.description !== "string"){
validate250.errors = [{instancePath:instancePath+"/fields/description",schemaPath:"#/properties/fields/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid4 = _errs20 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data3.color !== undefined){
let data6 = data3.color;
const _errs23 = errors;
if(typeof data6 !== "string"){
validate250.errors = [{instancePath:instancePath+"/fields/color",schemaPath:"contract#/$defs/ChatColorV2/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((((((((((((((((data6 === "red") || (data6 === "green")) || (data6 === "mint")) || (data6 === "lightBlue")) || (data6 === "darkBlue")) || (data6 === "purple")) || (data6 === "aqua")) || (data6 === "pink")) || (data6 === "lime")) || (data6 === "brown")) || (data6 === "azure")) || (data6 === "khaki")) || (data6 === "sand")) || (data6 === "marengo")) || (data6 === "gray")) || (data6 === "graphite"))){
validate250.errors = [{instancePath:instancePath+"/fields/color",schemaPath:"contract#/$defs/ChatColorV2/enum",keyword:"enum",params:{allowedValues: schema234.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid4 = _errs23 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data3.avatar !== undefined){
let data7 = data3.avatar;
const _errs27 = errors;
const _errs28 = errors;
if(errors === _errs28){
if(typeof data7 === "string"){
if(func1(data7) < 1){
validate250.errors = [{instancePath:instancePath+"/fields/avatar",schemaPath:"contract#/$defs/Base64Image/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate250.errors = [{instancePath:instancePath+"/fields/avatar",schemaPath:"contract#/$defs/Base64Image/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid4 = _errs27 === errors;
}
else {
var valid4 = true;
}
}
}
}
}
}
else {
validate250.errors = [{instancePath:instancePath+"/fields",schemaPath:"#/properties/fields/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs15 === errors;
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
validate250.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate250.errors = vErrors;
return errors === 0;
}
validate250.evaluated = {"props":{"botId":true,"botToken":true,"dialogId":true,"fields":true},"dynamicProps":false,"dynamicItems":false};


function validate249(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="imbotV2ChatUpdateParams" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate249.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate250(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate250.errors : vErrors.concat(validate250.errors);
errors = vErrors.length;
}
validate249.errors = vErrors;
return errors === 0;
}
validate249.evaluated = {"props":{"botId":true,"botToken":true,"dialogId":true,"fields":true},"dynamicProps":false,"dynamicItems":false};

export const imbotV2ChatUpdateSuccess = validate56;
const schema68 = {"$id":"imbotV2ChatUpdateSuccess","$ref":"contract#/$defs/ImbotV2ChatUpdateSuccess"};
const schema69 = {"type":"object","description":"The success envelope of imbot.v2.Chat.update.","required":["result","time"],"properties":{"result":{"$ref":"contract#/$defs/BooleanResult"},"time":{"$ref":"contract#/$defs/ResponseTime"}}};

function validate57(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate57.evaluated;
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
validate57.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.result !== undefined){
let data0 = data.result;
const _errs1 = errors;
const _errs2 = errors;
if(errors === _errs2){
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
let missing1;
if((data0.result === undefined) && (missing1 = "result")){
validate57.errors = [{instancePath:instancePath+"/result",schemaPath:"contract#/$defs/BooleanResult/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data0.result !== undefined){
if(typeof data0.result !== "boolean"){
validate57.errors = [{instancePath:instancePath+"/result/result",schemaPath:"contract#/$defs/BooleanResult/properties/result/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
}
}
}
else {
validate57.errors = [{instancePath:instancePath+"/result",schemaPath:"contract#/$defs/BooleanResult/type",keyword:"type",params:{type: "object"},message:"must be object"}];
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
let data2 = data.time;
const _errs8 = errors;
const _errs9 = errors;
if(errors === _errs9){
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
let missing2;
if(((((((data2.start === undefined) && (missing2 = "start")) || ((data2.finish === undefined) && (missing2 = "finish"))) || ((data2.duration === undefined) && (missing2 = "duration"))) || ((data2.processing === undefined) && (missing2 = "processing"))) || ((data2.date_start === undefined) && (missing2 = "date_start"))) || ((data2.date_finish === undefined) && (missing2 = "date_finish"))){
validate57.errors = [{instancePath:instancePath+"/time",schemaPath:"contract#/$defs/ResponseTime/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
if(data2.start !== undefined){
let data3 = data2.start;
const _errs11 = errors;
if(!((typeof data3 == "number") && (isFinite(data3)))){
validate57.errors = [{instancePath:instancePath+"/time/start",schemaPath:"contract#/$defs/ResponseTime/properties/start/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid4 = _errs11 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data2.finish !== undefined){
let data4 = data2.finish;
const _errs14 = errors;
if(!((typeof data4 == "number") && (isFinite(data4)))){
validate57.errors = [{instancePath:instancePath+"/time/finish",schemaPath:"contract#/$defs/ResponseTime/properties/finish/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid4 = _errs14 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data2.duration !== undefined){
let data5 = data2.duration;
const _errs17 = errors;
if(!((typeof data5 == "number") && (isFinite(data5)))){
validate57.errors = [{instancePath:instancePath+"/time/duration",schemaPath:"contract#/$defs/ResponseTime/properties/duration/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid4 = _errs17 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data2.processing !== undefined){
let data6 = data2.processing;
const _errs20 = errors;
if(!((typeof data6 == "number") && (isFinite(data6)))){
validate57.errors = [{instancePath:instancePath+"/time/processing",schemaPath:"contract#/$defs/ResponseTime/properties/processing/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid4 = _errs20 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data2.date_start !== undefined){
let data7 = data2.date_start;
const _errs23 = errors;
if(errors === _errs23){
if(errors === _errs23){
if(typeof data7 === "string"){
if(!(formats0(data7))){
validate57.errors = [{instancePath:instancePath+"/time/date_start",schemaPath:"contract#/$defs/ResponseTime/properties/date_start/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate57.errors = [{instancePath:instancePath+"/time/date_start",schemaPath:"contract#/$defs/ResponseTime/properties/date_start/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid4 = _errs23 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data2.date_finish !== undefined){
let data8 = data2.date_finish;
const _errs26 = errors;
if(errors === _errs26){
if(errors === _errs26){
if(typeof data8 === "string"){
if(!(formats0(data8))){
validate57.errors = [{instancePath:instancePath+"/time/date_finish",schemaPath:"contract#/$defs/ResponseTime/properties/date_finish/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate57.errors = [{instancePath:instancePath+"/time/date_finish",schemaPath:"contract#/$defs/ResponseTime/properties/date_finish/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid4 = _errs26 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data2.operating !== undefined){
let data9 = data2.operating;
const _errs29 = errors;
if(!((typeof data9 == "number") && (isFinite(data9)))){
validate57.errors = [{instancePath:instancePath+"/time/operating",schemaPath:"contract#/$defs/ResponseTime/properties/operating/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid4 = _errs29 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data2.operating_reset_at !== undefined){
let data10 = data2.operating_reset_at;
const _errs32 = errors;
if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){
validate57.errors = [{instancePath:instancePath+"/time/operating_reset_at",schemaPath:"contract#/$defs/ResponseTime/properties/operating_reset_at/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid4 = _errs32 === errors;
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
validate57.errors = [{instancePath:instancePath+"/time",schemaPath:"contract#/$defs/ResponseTime/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
}
}
}
else {
validate57.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate57.errors = vErrors;
return errors === 0;
}
validate57.evaluated = {"props":{"result":true,"time":true},"dynamicProps":false,"dynamicItems":false};


function validate56(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="imbotV2ChatUpdateSuccess" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate56.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate57(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate57.errors : vErrors.concat(validate57.errors);
errors = vErrors.length;
}
validate56.errors = vErrors;
return errors === 0;
}
validate56.evaluated = {"props":{"result":true,"time":true},"dynamicProps":false,"dynamicItems":false};

export const imbotV2ChatLeaveParams = validate252;
const schema278 = {"$id":"imbotV2ChatLeaveParams","$ref":"contract#/$defs/ImbotV2ChatLeaveParams"};
const schema279 = {"type":"object","description":"Parameters of imbot.v2.Chat.leave.","required":["botId","dialogId"],"properties":{"botId":{"$ref":"contract#/$defs/BotId","x-bitrix-empty-error":"BOT_ID_REQUIRED"},"botToken":{"$ref":"contract#/$defs/BotToken","x-bitrix-webhook-required":"BOT_TOKEN_NOT_SPECIFIED"},"dialogId":{"$ref":"contract#/$defs/DialogId"}}};

function validate253(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate253.evaluated;
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
validate253.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.botId !== undefined){
let data0 = data.botId;
const _errs1 = errors;
const _errs2 = errors;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
validate253.errors = [{instancePath:instancePath+"/botId",schemaPath:"contract#/$defs/BotId/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs2){
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 < 1 || isNaN(data0)){
validate253.errors = [{instancePath:instancePath+"/botId",schemaPath:"contract#/$defs/BotId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
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
const _errs6 = errors;
const _errs7 = errors;
if(errors === _errs7){
if(typeof data1 === "string"){
if(func1(data1) > 40){
validate253.errors = [{instancePath:instancePath+"/botToken",schemaPath:"contract#/$defs/BotToken/maxLength",keyword:"maxLength",params:{limit: 40},message:"must NOT have more than 40 characters"}];
return false;
}
else {
if(func1(data1) < 1){
validate253.errors = [{instancePath:instancePath+"/botToken",schemaPath:"contract#/$defs/BotToken/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate253.errors = [{instancePath:instancePath+"/botToken",schemaPath:"contract#/$defs/BotToken/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.dialogId !== undefined){
let data2 = data.dialogId;
const _errs11 = errors;
const _errs12 = errors;
if(errors === _errs12){
if(typeof data2 === "string"){
if(!pattern4.test(data2)){
validate253.errors = [{instancePath:instancePath+"/dialogId",schemaPath:"contract#/$defs/DialogId/pattern",keyword:"pattern",params:{pattern: "^(chat[1-9][0-9]*|[1-9][0-9]*)$"},message:"must match pattern \""+"^(chat[1-9][0-9]*|[1-9][0-9]*)$"+"\""}];
return false;
}
}
else {
validate253.errors = [{instancePath:instancePath+"/dialogId",schemaPath:"contract#/$defs/DialogId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate253.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate253.errors = vErrors;
return errors === 0;
}
validate253.evaluated = {"props":{"botId":true,"botToken":true,"dialogId":true},"dynamicProps":false,"dynamicItems":false};


function validate252(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="imbotV2ChatLeaveParams" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate252.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate253(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate253.errors : vErrors.concat(validate253.errors);
errors = vErrors.length;
}
validate252.errors = vErrors;
return errors === 0;
}
validate252.evaluated = {"props":{"botId":true,"botToken":true,"dialogId":true},"dynamicProps":false,"dynamicItems":false};

export const imbotV2ChatLeaveSuccess = validate59;
const schema72 = {"$id":"imbotV2ChatLeaveSuccess","$ref":"contract#/$defs/ImbotV2ChatLeaveSuccess"};
const schema73 = {"type":"object","description":"The success envelope of imbot.v2.Chat.leave.","required":["result","time"],"properties":{"result":{"$ref":"contract#/$defs/BooleanResult"},"time":{"$ref":"contract#/$defs/ResponseTime"}}};

function validate60(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate60.evaluated;
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
validate60.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.result !== undefined){
let data0 = data.result;
const _errs1 = errors;
const _errs2 = errors;
if(errors === _errs2){
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
let missing1;
if((data0.result === undefined) && (missing1 = "result")){
validate60.errors = [{instancePath:instancePath+"/result",schemaPath:"contract#/$defs/BooleanResult/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data0.result !== undefined){
if(typeof data0.result !== "boolean"){
validate60.errors = [{instancePath:instancePath+"/result/result",schemaPath:"contract#/$defs/BooleanResult/properties/result/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
}
}
}
else {
validate60.errors = [{instancePath:instancePath+"/result",schemaPath:"contract#/$defs/BooleanResult/type",keyword:"type",params:{type: "object"},message:"must be object"}];
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
let data2 = data.time;
const _errs8 = errors;
const _errs9 = errors;
if(errors === _errs9){
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
let missing2;
if(((((((data2.start === undefined) && (missing2 = "start")) || ((data2.finish === undefined) && (missing2 = "finish"))) || ((data2.duration === undefined) && (missing2 = "duration"))) || ((data2.processing === undefined) && (missing2 = "processing"))) || ((data2.date_start === undefined) && (missing2 = "date_start"))) || ((data2.date_finish === undefined) && (missing2 = "date_finish"))){
validate60.errors = [{instancePath:instancePath+"/time",schemaPath:"contract#/$defs/ResponseTime/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
if(data2.start !== undefined){
let data3 = data2.start;
const _errs11 = errors;
if(!((typeof data3 == "number") && (isFinite(data3)))){
validate60.errors = [{instancePath:instancePath+"/time/start",schemaPath:"contract#/$defs/ResponseTime/properties/start/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid4 = _errs11 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data2.finish !== undefined){
let data4 = data2.finish;
const _errs14 = errors;
if(!((typeof data4 == "number") && (isFinite(data4)))){
validate60.errors = [{instancePath:instancePath+"/time/finish",schemaPath:"contract#/$defs/ResponseTime/properties/finish/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid4 = _errs14 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data2.duration !== undefined){
let data5 = data2.duration;
const _errs17 = errors;
if(!((typeof data5 == "number") && (isFinite(data5)))){
validate60.errors = [{instancePath:instancePath+"/time/duration",schemaPath:"contract#/$defs/ResponseTime/properties/duration/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid4 = _errs17 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data2.processing !== undefined){
let data6 = data2.processing;
const _errs20 = errors;
if(!((typeof data6 == "number") && (isFinite(data6)))){
validate60.errors = [{instancePath:instancePath+"/time/processing",schemaPath:"contract#/$defs/ResponseTime/properties/processing/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid4 = _errs20 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data2.date_start !== undefined){
let data7 = data2.date_start;
const _errs23 = errors;
if(errors === _errs23){
if(errors === _errs23){
if(typeof data7 === "string"){
if(!(formats0(data7))){
validate60.errors = [{instancePath:instancePath+"/time/date_start",schemaPath:"contract#/$defs/ResponseTime/properties/date_start/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate60.errors = [{instancePath:instancePath+"/time/date_start",schemaPath:"contract#/$defs/ResponseTime/properties/date_start/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid4 = _errs23 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data2.date_finish !== undefined){
let data8 = data2.date_finish;
const _errs26 = errors;
if(errors === _errs26){
if(errors === _errs26){
if(typeof data8 === "string"){
if(!(formats0(data8))){
validate60.errors = [{instancePath:instancePath+"/time/date_finish",schemaPath:"contract#/$defs/ResponseTime/properties/date_finish/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate60.errors = [{instancePath:instancePath+"/time/date_finish",schemaPath:"contract#/$defs/ResponseTime/properties/date_finish/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid4 = _errs26 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data2.operating !== undefined){
let data9 = data2.operating;
const _errs29 = errors;
if(!((typeof data9 == "number") && (isFinite(data9)))){
validate60.errors = [{instancePath:instancePath+"/time/operating",schemaPath:"contract#/$defs/ResponseTime/properties/operating/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid4 = _errs29 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data2.operating_reset_at !== undefined){
let data10 = data2.operating_reset_at;
const _errs32 = errors;
if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){
validate60.errors = [{instancePath:instancePath+"/time/operating_reset_at",schemaPath:"contract#/$defs/ResponseTime/properties/operating_reset_at/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid4 = _errs32 === errors;
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
validate60.errors = [{instancePath:instancePath+"/time",schemaPath:"contract#/$defs/ResponseTime/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
}
}
}
else {
validate60.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate60.errors = vErrors;
return errors === 0;
}
validate60.evaluated = {"props":{"result":true,"time":true},"dynamicProps":false,"dynamicItems":false};


function validate59(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="imbotV2ChatLeaveSuccess" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate59.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate60(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate60.errors : vErrors.concat(validate60.errors);
errors = vErrors.length;
}
validate59.errors = vErrors;
return errors === 0;
}
validate59.evaluated = {"props":{"result":true,"time":true},"dynamicProps":false,"dynamicItems":false};

export const imbotV2ChatSetOwnerParams = validate255;
const schema283 = {"$id":"imbotV2ChatSetOwnerParams","$ref":"contract#/$defs/ImbotV2ChatSetOwnerParams"};
const schema284 = {"type":"object","description":"Parameters of imbot.v2.Chat.setOwner.","required":["botId","dialogId","userId"],"properties":{"botId":{"$ref":"contract#/$defs/BotId","x-bitrix-empty-error":"BOT_ID_REQUIRED"},"botToken":{"$ref":"contract#/$defs/BotToken","x-bitrix-webhook-required":"BOT_TOKEN_NOT_SPECIFIED"},"dialogId":{"$ref":"contract#/$defs/DialogId"},"userId":{"type":"integer","minimum":1,"description":"The new owner.","example":1}}};

function validate256(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate256.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.botId === undefined) && (missing0 = "botId")) || ((data.dialogId === undefined) && (missing0 = "dialogId"))) || ((data.userId === undefined) && (missing0 = "userId"))){
validate256.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.botId !== undefined){
let data0 = data.botId;
const _errs1 = errors;
const _errs2 = errors;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
validate256.errors = [{instancePath:instancePath+"/botId",schemaPath:"contract#/$defs/BotId/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs2){
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 < 1 || isNaN(data0)){
validate256.errors = [{instancePath:instancePath+"/botId",schemaPath:"contract#/$defs/BotId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
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
const _errs6 = errors;
const _errs7 = errors;
if(errors === _errs7){
if(typeof data1 === "string"){
if(func1(data1) > 40){
validate256.errors = [{instancePath:instancePath+"/botToken",schemaPath:"contract#/$defs/BotToken/maxLength",keyword:"maxLength",params:{limit: 40},message:"must NOT have more than 40 characters"}];
return false;
}
else {
if(func1(data1) < 1){
validate256.errors = [{instancePath:instancePath+"/botToken",schemaPath:"contract#/$defs/BotToken/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate256.errors = [{instancePath:instancePath+"/botToken",schemaPath:"contract#/$defs/BotToken/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.dialogId !== undefined){
let data2 = data.dialogId;
const _errs11 = errors;
const _errs12 = errors;
if(errors === _errs12){
if(typeof data2 === "string"){
if(!pattern4.test(data2)){
validate256.errors = [{instancePath:instancePath+"/dialogId",schemaPath:"contract#/$defs/DialogId/pattern",keyword:"pattern",params:{pattern: "^(chat[1-9][0-9]*|[1-9][0-9]*)$"},message:"must match pattern \""+"^(chat[1-9][0-9]*|[1-9][0-9]*)$"+"\""}];
return false;
}
}
else {
validate256.errors = [{instancePath:instancePath+"/dialogId",schemaPath:"contract#/$defs/DialogId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.userId !== undefined){
let data3 = data.userId;
const _errs15 = errors;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
validate256.errors = [{instancePath:instancePath+"/userId",schemaPath:"#/properties/userId/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs15){
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 1 || isNaN(data3)){
validate256.errors = [{instancePath:instancePath+"/userId",schemaPath:"#/properties/userId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
var valid0 = _errs15 === errors;
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
validate256.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate256.errors = vErrors;
return errors === 0;
}
validate256.evaluated = {"props":{"botId":true,"botToken":true,"dialogId":true,"userId":true},"dynamicProps":false,"dynamicItems":false};


function validate255(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="imbotV2ChatSetOwnerParams" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate255.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate256(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate256.errors : vErrors.concat(validate256.errors);
errors = vErrors.length;
}
validate255.errors = vErrors;
return errors === 0;
}
validate255.evaluated = {"props":{"botId":true,"botToken":true,"dialogId":true,"userId":true},"dynamicProps":false,"dynamicItems":false};

export const imbotV2ChatSetOwnerSuccess = validate62;
const schema76 = {"$id":"imbotV2ChatSetOwnerSuccess","$ref":"contract#/$defs/ImbotV2ChatSetOwnerSuccess"};
const schema77 = {"type":"object","description":"The success envelope of imbot.v2.Chat.setOwner.","required":["result","time"],"properties":{"result":{"$ref":"contract#/$defs/BooleanResult"},"time":{"$ref":"contract#/$defs/ResponseTime"}}};

function validate63(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate63.evaluated;
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
validate63.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.result !== undefined){
let data0 = data.result;
const _errs1 = errors;
const _errs2 = errors;
if(errors === _errs2){
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
let missing1;
if((data0.result === undefined) && (missing1 = "result")){
validate63.errors = [{instancePath:instancePath+"/result",schemaPath:"contract#/$defs/BooleanResult/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data0.result !== undefined){
if(typeof data0.result !== "boolean"){
validate63.errors = [{instancePath:instancePath+"/result/result",schemaPath:"contract#/$defs/BooleanResult/properties/result/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
}
}
}
else {
validate63.errors = [{instancePath:instancePath+"/result",schemaPath:"contract#/$defs/BooleanResult/type",keyword:"type",params:{type: "object"},message:"must be object"}];
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
let data2 = data.time;
const _errs8 = errors;
const _errs9 = errors;
if(errors === _errs9){
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
let missing2;
if(((((((data2.start === undefined) && (missing2 = "start")) || ((data2.finish === undefined) && (missing2 = "finish"))) || ((data2.duration === undefined) && (missing2 = "duration"))) || ((data2.processing === undefined) && (missing2 = "processing"))) || ((data2.date_start === undefined) && (missing2 = "date_start"))) || ((data2.date_finish === undefined) && (missing2 = "date_finish"))){
validate63.errors = [{instancePath:instancePath+"/time",schemaPath:"contract#/$defs/ResponseTime/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
if(data2.start !== undefined){
let data3 = data2.start;
const _errs11 = errors;
if(!((typeof data3 == "number") && (isFinite(data3)))){
validate63.errors = [{instancePath:instancePath+"/time/start",schemaPath:"contract#/$defs/ResponseTime/properties/start/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid4 = _errs11 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data2.finish !== undefined){
let data4 = data2.finish;
const _errs14 = errors;
if(!((typeof data4 == "number") && (isFinite(data4)))){
validate63.errors = [{instancePath:instancePath+"/time/finish",schemaPath:"contract#/$defs/ResponseTime/properties/finish/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid4 = _errs14 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data2.duration !== undefined){
let data5 = data2.duration;
const _errs17 = errors;
if(!((typeof data5 == "number") && (isFinite(data5)))){
validate63.errors = [{instancePath:instancePath+"/time/duration",schemaPath:"contract#/$defs/ResponseTime/properties/duration/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid4 = _errs17 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data2.processing !== undefined){
let data6 = data2.processing;
const _errs20 = errors;
if(!((typeof data6 == "number") && (isFinite(data6)))){
validate63.errors = [{instancePath:instancePath+"/time/processing",schemaPath:"contract#/$defs/ResponseTime/properties/processing/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid4 = _errs20 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data2.date_start !== undefined){
let data7 = data2.date_start;
const _errs23 = errors;
if(errors === _errs23){
if(errors === _errs23){
if(typeof data7 === "string"){
if(!(formats0(data7))){
validate63.errors = [{instancePath:instancePath+"/time/date_start",schemaPath:"contract#/$defs/ResponseTime/properties/date_start/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate63.errors = [{instancePath:instancePath+"/time/date_start",schemaPath:"contract#/$defs/ResponseTime/properties/date_start/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid4 = _errs23 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data2.date_finish !== undefined){
let data8 = data2.date_finish;
const _errs26 = errors;
if(errors === _errs26){
if(errors === _errs26){
if(typeof data8 === "string"){
if(!(formats0(data8))){
validate63.errors = [{instancePath:instancePath+"/time/date_finish",schemaPath:"contract#/$defs/ResponseTime/properties/date_finish/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate63.errors = [{instancePath:instancePath+"/time/date_finish",schemaPath:"contract#/$defs/ResponseTime/properties/date_finish/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid4 = _errs26 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data2.operating !== undefined){
let data9 = data2.operating;
const _errs29 = errors;
if(!((typeof data9 == "number") && (isFinite(data9)))){
validate63.errors = [{instancePath:instancePath+"/time/operating",schemaPath:"contract#/$defs/ResponseTime/properties/operating/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid4 = _errs29 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data2.operating_reset_at !== undefined){
let data10 = data2.operating_reset_at;
const _errs32 = errors;
if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){
validate63.errors = [{instancePath:instancePath+"/time/operating_reset_at",schemaPath:"contract#/$defs/ResponseTime/properties/operating_reset_at/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid4 = _errs32 === errors;
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
validate63.errors = [{instancePath:instancePath+"/time",schemaPath:"contract#/$defs/ResponseTime/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
}
}
}
else {
validate63.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate63.errors = vErrors;
return errors === 0;
}
validate63.evaluated = {"props":{"result":true,"time":true},"dynamicProps":false,"dynamicItems":false};


function validate62(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="imbotV2ChatSetOwnerSuccess" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate62.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate63(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate63.errors : vErrors.concat(validate63.errors);
errors = vErrors.length;
}
validate62.errors = vErrors;
return errors === 0;
}
validate62.evaluated = {"props":{"result":true,"time":true},"dynamicProps":false,"dynamicItems":false};

export const imbotV2ChatUserAddParams = validate258;
const schema288 = {"$id":"imbotV2ChatUserAddParams","$ref":"contract#/$defs/ImbotV2ChatUserAddParams"};
const schema289 = {"type":"object","description":"Parameters of imbot.v2.Chat.User.add.","required":["botId","dialogId","userIds"],"properties":{"botId":{"$ref":"contract#/$defs/BotId","x-bitrix-empty-error":"BOT_ID_REQUIRED"},"botToken":{"$ref":"contract#/$defs/BotToken","x-bitrix-webhook-required":"BOT_TOKEN_NOT_SPECIFIED"},"dialogId":{"$ref":"contract#/$defs/DialogId"},"userIds":{"$ref":"contract#/$defs/UserIds"}}};

function validate259(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate259.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.botId === undefined) && (missing0 = "botId")) || ((data.dialogId === undefined) && (missing0 = "dialogId"))) || ((data.userIds === undefined) && (missing0 = "userIds"))){
validate259.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.botId !== undefined){
let data0 = data.botId;
const _errs1 = errors;
const _errs2 = errors;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
validate259.errors = [{instancePath:instancePath+"/botId",schemaPath:"contract#/$defs/BotId/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs2){
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 < 1 || isNaN(data0)){
validate259.errors = [{instancePath:instancePath+"/botId",schemaPath:"contract#/$defs/BotId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
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
const _errs6 = errors;
const _errs7 = errors;
if(errors === _errs7){
if(typeof data1 === "string"){
if(func1(data1) > 40){
validate259.errors = [{instancePath:instancePath+"/botToken",schemaPath:"contract#/$defs/BotToken/maxLength",keyword:"maxLength",params:{limit: 40},message:"must NOT have more than 40 characters"}];
return false;
}
else {
if(func1(data1) < 1){
validate259.errors = [{instancePath:instancePath+"/botToken",schemaPath:"contract#/$defs/BotToken/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate259.errors = [{instancePath:instancePath+"/botToken",schemaPath:"contract#/$defs/BotToken/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.dialogId !== undefined){
let data2 = data.dialogId;
const _errs11 = errors;
const _errs12 = errors;
if(errors === _errs12){
if(typeof data2 === "string"){
if(!pattern4.test(data2)){
validate259.errors = [{instancePath:instancePath+"/dialogId",schemaPath:"contract#/$defs/DialogId/pattern",keyword:"pattern",params:{pattern: "^(chat[1-9][0-9]*|[1-9][0-9]*)$"},message:"must match pattern \""+"^(chat[1-9][0-9]*|[1-9][0-9]*)$"+"\""}];
return false;
}
}
else {
validate259.errors = [{instancePath:instancePath+"/dialogId",schemaPath:"contract#/$defs/DialogId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.userIds !== undefined){
const _errs15 = errors;
if(!(validate243(data.userIds, {instancePath:instancePath+"/userIds",parentData:data,parentDataProperty:"userIds",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate243.errors : vErrors.concat(validate243.errors);
errors = vErrors.length;
}
var valid0 = _errs15 === errors;
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
validate259.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate259.errors = vErrors;
return errors === 0;
}
validate259.evaluated = {"props":{"botId":true,"botToken":true,"dialogId":true,"userIds":true},"dynamicProps":false,"dynamicItems":false};


function validate258(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="imbotV2ChatUserAddParams" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate258.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate259(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate259.errors : vErrors.concat(validate259.errors);
errors = vErrors.length;
}
validate258.errors = vErrors;
return errors === 0;
}
validate258.evaluated = {"props":{"botId":true,"botToken":true,"dialogId":true,"userIds":true},"dynamicProps":false,"dynamicItems":false};

export const imbotV2ChatUserAddSuccess = validate65;
const schema80 = {"$id":"imbotV2ChatUserAddSuccess","$ref":"contract#/$defs/ImbotV2ChatUserAddSuccess"};
const schema81 = {"type":"object","description":"The success envelope of imbot.v2.Chat.User.add.","required":["result","time"],"properties":{"result":{"$ref":"contract#/$defs/BooleanResult"},"time":{"$ref":"contract#/$defs/ResponseTime"}}};

function validate66(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate66.evaluated;
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
validate66.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.result !== undefined){
let data0 = data.result;
const _errs1 = errors;
const _errs2 = errors;
if(errors === _errs2){
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
let missing1;
if((data0.result === undefined) && (missing1 = "result")){
validate66.errors = [{instancePath:instancePath+"/result",schemaPath:"contract#/$defs/BooleanResult/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data0.result !== undefined){
if(typeof data0.result !== "boolean"){
validate66.errors = [{instancePath:instancePath+"/result/result",schemaPath:"contract#/$defs/BooleanResult/properties/result/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
}
}
}
else {
validate66.errors = [{instancePath:instancePath+"/result",schemaPath:"contract#/$defs/BooleanResult/type",keyword:"type",params:{type: "object"},message:"must be object"}];
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
let data2 = data.time;
const _errs8 = errors;
const _errs9 = errors;
if(errors === _errs9){
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
let missing2;
if(((((((data2.start === undefined) && (missing2 = "start")) || ((data2.finish === undefined) && (missing2 = "finish"))) || ((data2.duration === undefined) && (missing2 = "duration"))) || ((data2.processing === undefined) && (missing2 = "processing"))) || ((data2.date_start === undefined) && (missing2 = "date_start"))) || ((data2.date_finish === undefined) && (missing2 = "date_finish"))){
validate66.errors = [{instancePath:instancePath+"/time",schemaPath:"contract#/$defs/ResponseTime/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
if(data2.start !== undefined){
let data3 = data2.start;
const _errs11 = errors;
if(!((typeof data3 == "number") && (isFinite(data3)))){
validate66.errors = [{instancePath:instancePath+"/time/start",schemaPath:"contract#/$defs/ResponseTime/properties/start/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid4 = _errs11 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data2.finish !== undefined){
let data4 = data2.finish;
const _errs14 = errors;
if(!((typeof data4 == "number") && (isFinite(data4)))){
validate66.errors = [{instancePath:instancePath+"/time/finish",schemaPath:"contract#/$defs/ResponseTime/properties/finish/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid4 = _errs14 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data2.duration !== undefined){
let data5 = data2.duration;
const _errs17 = errors;
if(!((typeof data5 == "number") && (isFinite(data5)))){
validate66.errors = [{instancePath:instancePath+"/time/duration",schemaPath:"contract#/$defs/ResponseTime/properties/duration/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid4 = _errs17 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data2.processing !== undefined){
let data6 = data2.processing;
const _errs20 = errors;
if(!((typeof data6 == "number") && (isFinite(data6)))){
validate66.errors = [{instancePath:instancePath+"/time/processing",schemaPath:"contract#/$defs/ResponseTime/properties/processing/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid4 = _errs20 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data2.date_start !== undefined){
let data7 = data2.date_start;
const _errs23 = errors;
if(errors === _errs23){
if(errors === _errs23){
if(typeof data7 === "string"){
if(!(formats0(data7))){
validate66.errors = [{instancePath:instancePath+"/time/date_start",schemaPath:"contract#/$defs/ResponseTime/properties/date_start/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate66.errors = [{instancePath:instancePath+"/time/date_start",schemaPath:"contract#/$defs/ResponseTime/properties/date_start/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid4 = _errs23 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data2.date_finish !== undefined){
let data8 = data2.date_finish;
const _errs26 = errors;
if(errors === _errs26){
if(errors === _errs26){
if(typeof data8 === "string"){
if(!(formats0(data8))){
validate66.errors = [{instancePath:instancePath+"/time/date_finish",schemaPath:"contract#/$defs/ResponseTime/properties/date_finish/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate66.errors = [{instancePath:instancePath+"/time/date_finish",schemaPath:"contract#/$defs/ResponseTime/properties/date_finish/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid4 = _errs26 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data2.operating !== undefined){
let data9 = data2.operating;
const _errs29 = errors;
if(!((typeof data9 == "number") && (isFinite(data9)))){
validate66.errors = [{instancePath:instancePath+"/time/operating",schemaPath:"contract#/$defs/ResponseTime/properties/operating/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid4 = _errs29 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data2.operating_reset_at !== undefined){
let data10 = data2.operating_reset_at;
const _errs32 = errors;
if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){
validate66.errors = [{instancePath:instancePath+"/time/operating_reset_at",schemaPath:"contract#/$defs/ResponseTime/properties/operating_reset_at/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid4 = _errs32 === errors;
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
validate66.errors = [{instancePath:instancePath+"/time",schemaPath:"contract#/$defs/ResponseTime/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
}
}
}
else {
validate66.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate66.errors = vErrors;
return errors === 0;
}
validate66.evaluated = {"props":{"result":true,"time":true},"dynamicProps":false,"dynamicItems":false};


function validate65(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="imbotV2ChatUserAddSuccess" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate65.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate66(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate66.errors : vErrors.concat(validate66.errors);
errors = vErrors.length;
}
validate65.errors = vErrors;
return errors === 0;
}
validate65.evaluated = {"props":{"result":true,"time":true},"dynamicProps":false,"dynamicItems":false};

export const imbotV2ChatUserDeleteParams = validate262;
const schema293 = {"$id":"imbotV2ChatUserDeleteParams","$ref":"contract#/$defs/ImbotV2ChatUserDeleteParams"};
const schema294 = {"type":"object","description":"Parameters of imbot.v2.Chat.User.delete.","required":["botId","dialogId","userId"],"properties":{"botId":{"$ref":"contract#/$defs/BotId","x-bitrix-empty-error":"BOT_ID_REQUIRED"},"botToken":{"$ref":"contract#/$defs/BotToken","x-bitrix-webhook-required":"BOT_TOKEN_NOT_SPECIFIED"},"dialogId":{"$ref":"contract#/$defs/DialogId"},"userId":{"type":"integer","minimum":1,"description":"The user to remove.","example":3}}};

function validate263(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate263.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.botId === undefined) && (missing0 = "botId")) || ((data.dialogId === undefined) && (missing0 = "dialogId"))) || ((data.userId === undefined) && (missing0 = "userId"))){
validate263.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.botId !== undefined){
let data0 = data.botId;
const _errs1 = errors;
const _errs2 = errors;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
validate263.errors = [{instancePath:instancePath+"/botId",schemaPath:"contract#/$defs/BotId/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs2){
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 < 1 || isNaN(data0)){
validate263.errors = [{instancePath:instancePath+"/botId",schemaPath:"contract#/$defs/BotId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
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
const _errs6 = errors;
const _errs7 = errors;
if(errors === _errs7){
if(typeof data1 === "string"){
if(func1(data1) > 40){
validate263.errors = [{instancePath:instancePath+"/botToken",schemaPath:"contract#/$defs/BotToken/maxLength",keyword:"maxLength",params:{limit: 40},message:"must NOT have more than 40 characters"}];
return false;
}
else {
if(func1(data1) < 1){
validate263.errors = [{instancePath:instancePath+"/botToken",schemaPath:"contract#/$defs/BotToken/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate263.errors = [{instancePath:instancePath+"/botToken",schemaPath:"contract#/$defs/BotToken/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.dialogId !== undefined){
let data2 = data.dialogId;
const _errs11 = errors;
const _errs12 = errors;
if(errors === _errs12){
if(typeof data2 === "string"){
if(!pattern4.test(data2)){
validate263.errors = [{instancePath:instancePath+"/dialogId",schemaPath:"contract#/$defs/DialogId/pattern",keyword:"pattern",params:{pattern: "^(chat[1-9][0-9]*|[1-9][0-9]*)$"},message:"must match pattern \""+"^(chat[1-9][0-9]*|[1-9][0-9]*)$"+"\""}];
return false;
}
}
else {
validate263.errors = [{instancePath:instancePath+"/dialogId",schemaPath:"contract#/$defs/DialogId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.userId !== undefined){
let data3 = data.userId;
const _errs15 = errors;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
validate263.errors = [{instancePath:instancePath+"/userId",schemaPath:"#/properties/userId/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs15){
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 1 || isNaN(data3)){
validate263.errors = [{instancePath:instancePath+"/userId",schemaPath:"#/properties/userId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
var valid0 = _errs15 === errors;
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
validate263.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate263.errors = vErrors;
return errors === 0;
}
validate263.evaluated = {"props":{"botId":true,"botToken":true,"dialogId":true,"userId":true},"dynamicProps":false,"dynamicItems":false};


function validate262(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="imbotV2ChatUserDeleteParams" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate262.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate263(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate263.errors : vErrors.concat(validate263.errors);
errors = vErrors.length;
}
validate262.errors = vErrors;
return errors === 0;
}
validate262.evaluated = {"props":{"botId":true,"botToken":true,"dialogId":true,"userId":true},"dynamicProps":false,"dynamicItems":false};

export const imbotV2ChatUserDeleteSuccess = validate68;
const schema84 = {"$id":"imbotV2ChatUserDeleteSuccess","$ref":"contract#/$defs/ImbotV2ChatUserDeleteSuccess"};
const schema85 = {"type":"object","description":"The success envelope of imbot.v2.Chat.User.delete.","required":["result","time"],"properties":{"result":{"$ref":"contract#/$defs/BooleanResult"},"time":{"$ref":"contract#/$defs/ResponseTime"}}};

function validate69(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate69.evaluated;
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
validate69.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.result !== undefined){
let data0 = data.result;
const _errs1 = errors;
const _errs2 = errors;
if(errors === _errs2){
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
let missing1;
if((data0.result === undefined) && (missing1 = "result")){
validate69.errors = [{instancePath:instancePath+"/result",schemaPath:"contract#/$defs/BooleanResult/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data0.result !== undefined){
if(typeof data0.result !== "boolean"){
validate69.errors = [{instancePath:instancePath+"/result/result",schemaPath:"contract#/$defs/BooleanResult/properties/result/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
}
}
}
else {
validate69.errors = [{instancePath:instancePath+"/result",schemaPath:"contract#/$defs/BooleanResult/type",keyword:"type",params:{type: "object"},message:"must be object"}];
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
let data2 = data.time;
const _errs8 = errors;
const _errs9 = errors;
if(errors === _errs9){
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
let missing2;
if(((((((data2.start === undefined) && (missing2 = "start")) || ((data2.finish === undefined) && (missing2 = "finish"))) || ((data2.duration === undefined) && (missing2 = "duration"))) || ((data2.processing === undefined) && (missing2 = "processing"))) || ((data2.date_start === undefined) && (missing2 = "date_start"))) || ((data2.date_finish === undefined) && (missing2 = "date_finish"))){
validate69.errors = [{instancePath:instancePath+"/time",schemaPath:"contract#/$defs/ResponseTime/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
if(data2.start !== undefined){
let data3 = data2.start;
const _errs11 = errors;
if(!((typeof data3 == "number") && (isFinite(data3)))){
validate69.errors = [{instancePath:instancePath+"/time/start",schemaPath:"contract#/$defs/ResponseTime/properties/start/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid4 = _errs11 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data2.finish !== undefined){
let data4 = data2.finish;
const _errs14 = errors;
if(!((typeof data4 == "number") && (isFinite(data4)))){
validate69.errors = [{instancePath:instancePath+"/time/finish",schemaPath:"contract#/$defs/ResponseTime/properties/finish/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid4 = _errs14 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data2.duration !== undefined){
let data5 = data2.duration;
const _errs17 = errors;
if(!((typeof data5 == "number") && (isFinite(data5)))){
validate69.errors = [{instancePath:instancePath+"/time/duration",schemaPath:"contract#/$defs/ResponseTime/properties/duration/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid4 = _errs17 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data2.processing !== undefined){
let data6 = data2.processing;
const _errs20 = errors;
if(!((typeof data6 == "number") && (isFinite(data6)))){
validate69.errors = [{instancePath:instancePath+"/time/processing",schemaPath:"contract#/$defs/ResponseTime/properties/processing/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid4 = _errs20 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data2.date_start !== undefined){
let data7 = data2.date_start;
const _errs23 = errors;
if(errors === _errs23){
if(errors === _errs23){
if(typeof data7 === "string"){
if(!(formats0(data7))){
validate69.errors = [{instancePath:instancePath+"/time/date_start",schemaPath:"contract#/$defs/ResponseTime/properties/date_start/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate69.errors = [{instancePath:instancePath+"/time/date_start",schemaPath:"contract#/$defs/ResponseTime/properties/date_start/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid4 = _errs23 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data2.date_finish !== undefined){
let data8 = data2.date_finish;
const _errs26 = errors;
if(errors === _errs26){
if(errors === _errs26){
if(typeof data8 === "string"){
if(!(formats0(data8))){
validate69.errors = [{instancePath:instancePath+"/time/date_finish",schemaPath:"contract#/$defs/ResponseTime/properties/date_finish/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate69.errors = [{instancePath:instancePath+"/time/date_finish",schemaPath:"contract#/$defs/ResponseTime/properties/date_finish/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid4 = _errs26 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data2.operating !== undefined){
let data9 = data2.operating;
const _errs29 = errors;
if(!((typeof data9 == "number") && (isFinite(data9)))){
validate69.errors = [{instancePath:instancePath+"/time/operating",schemaPath:"contract#/$defs/ResponseTime/properties/operating/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid4 = _errs29 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data2.operating_reset_at !== undefined){
let data10 = data2.operating_reset_at;
const _errs32 = errors;
if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){
validate69.errors = [{instancePath:instancePath+"/time/operating_reset_at",schemaPath:"contract#/$defs/ResponseTime/properties/operating_reset_at/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid4 = _errs32 === errors;
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
validate69.errors = [{instancePath:instancePath+"/time",schemaPath:"contract#/$defs/ResponseTime/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
}
}
}
else {
validate69.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate69.errors = vErrors;
return errors === 0;
}
validate69.evaluated = {"props":{"result":true,"time":true},"dynamicProps":false,"dynamicItems":false};


function validate68(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="imbotV2ChatUserDeleteSuccess" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate68.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate69(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate69.errors : vErrors.concat(validate69.errors);
errors = vErrors.length;
}
validate68.errors = vErrors;
return errors === 0;
}
validate68.evaluated = {"props":{"result":true,"time":true},"dynamicProps":false,"dynamicItems":false};

export const imbotV2ChatUserListParams = validate265;
const schema298 = {"$id":"imbotV2ChatUserListParams","$ref":"contract#/$defs/ImbotV2ChatUserListParams"};
const schema299 = {"type":"object","description":"Parameters of imbot.v2.Chat.User.list.","required":["botId","dialogId"],"properties":{"botId":{"$ref":"contract#/$defs/BotId","x-bitrix-empty-error":"BOT_ID_REQUIRED"},"botToken":{"$ref":"contract#/$defs/BotToken","x-bitrix-webhook-required":"BOT_TOKEN_NOT_SPECIFIED"},"dialogId":{"$ref":"contract#/$defs/DialogId"},"order":{"type":"object","description":"Sort order: a field (`id`, `lastSendMessageId`, `userId`) and ASC or DESC.","properties":{"id":{"$ref":"contract#/$defs/SortDirection"},"lastSendMessageId":{"$ref":"contract#/$defs/SortDirection"},"userId":{"$ref":"contract#/$defs/SortDirection"}},"example":{"id":"ASC"}},"limit":{"type":"integer","minimum":1,"maximum":200,"default":50,"description":"How many members at most.","example":50}}};
const schema303 = {"type":"string","description":"Sort direction.","enum":["ASC","DESC"],"example":"ASC"};

function validate266(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate266.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.limit === undefined){
data.limit = 50;
}
let missing0;
if(((data.botId === undefined) && (missing0 = "botId")) || ((data.dialogId === undefined) && (missing0 = "dialogId"))){
validate266.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.botId !== undefined){
let data0 = data.botId;
const _errs1 = errors;
const _errs2 = errors;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
validate266.errors = [{instancePath:instancePath+"/botId",schemaPath:"contract#/$defs/BotId/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs2){
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 < 1 || isNaN(data0)){
validate266.errors = [{instancePath:instancePath+"/botId",schemaPath:"contract#/$defs/BotId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
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
const _errs6 = errors;
const _errs7 = errors;
if(errors === _errs7){
if(typeof data1 === "string"){
if(func1(data1) > 40){
validate266.errors = [{instancePath:instancePath+"/botToken",schemaPath:"contract#/$defs/BotToken/maxLength",keyword:"maxLength",params:{limit: 40},message:"must NOT have more than 40 characters"}];
return false;
}
else {
if(func1(data1) < 1){
validate266.errors = [{instancePath:instancePath+"/botToken",schemaPath:"contract#/$defs/BotToken/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate266.errors = [{instancePath:instancePath+"/botToken",schemaPath:"contract#/$defs/BotToken/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.dialogId !== undefined){
let data2 = data.dialogId;
const _errs11 = errors;
const _errs12 = errors;
if(errors === _errs12){
if(typeof data2 === "string"){
if(!pattern4.test(data2)){
validate266.errors = [{instancePath:instancePath+"/dialogId",schemaPath:"contract#/$defs/DialogId/pattern",keyword:"pattern",params:{pattern: "^(chat[1-9][0-9]*|[1-9][0-9]*)$"},message:"must match pattern \""+"^(chat[1-9][0-9]*|[1-9][0-9]*)$"+"\""}];
return false;
}
}
else {
validate266.errors = [{instancePath:instancePath+"/dialogId",schemaPath:"contract#/$defs/DialogId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.order !== undefined){
let data3 = data.order;
const _errs15 = errors;
if(errors === _errs15){
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.id !== undefined){
let data4 = data3.id;
const _errs18 = errors;
if(typeof data4 !== "string"){
validate266.errors = [{instancePath:instancePath+"/order/id",schemaPath:"contract#/$defs/SortDirection/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((data4 === "ASC") || (data4 === "DESC"))){
validate266.errors = [{instancePath:instancePath+"/order/id",schemaPath:"contract#/$defs/SortDirection/enum",keyword:"enum",params:{allowedValues: schema303.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid4 = _errs18 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data3.lastSendMessageId !== undefined){
let data5 = data3.lastSendMessageId;
const _errs22 = errors;
if(typeof data5 !== "string"){
validate266.errors = [{instancePath:instancePath+"/order/lastSendMessageId",schemaPath:"contract#/$defs/SortDirection/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((data5 === "ASC") || (data5 === "DESC"))){
validate266.errors = [{instancePath:instancePath+"/order/lastSendMessageId",schemaPath:"contract#/$defs/SortDirection/enum",keyword:"enum",params:{allowedValues: schema303.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid4 = _errs22 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data3.userId !== undefined){
let data6 = data3.userId;
const _errs26 = errors;
if(typeof data6 !== "string"){
validate266.errors = [{instancePath:instancePath+"/order/userId",schemaPath:"contract#/$defs/SortDirection/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((data6 === "ASC") || (data6 === "DESC"))){
validate266.errors = [{instancePath:instancePath+"/order/userId",schemaPath:"contract#/$defs/SortDirection/enum",keyword:"enum",params:{allowedValues: schema303.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid4 = _errs26 === errors;
}
else {
var valid4 = true;
}
}
}
}
else {
validate266.errors = [{instancePath:instancePath+"/order",schemaPath:"#/properties/order/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs15 === errors;
}
else {
var valid0 = true;
}
if(valid0){
let data7 = data.limit;
const _errs30 = errors;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
validate266.errors = [{instancePath:instancePath+"/limit",schemaPath:"#/properties/limit/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs30){
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 > 200 || isNaN(data7)){
validate266.errors = [{instancePath:instancePath+"/limit",schemaPath:"#/properties/limit/maximum",keyword:"maximum",params:{comparison: "<=", limit: 200},message:"must be <= 200"}];
return false;
}
else {
if(data7 < 1 || isNaN(data7)){
validate266.errors = [{instancePath:instancePath+"/limit",schemaPath:"#/properties/limit/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
}
var valid0 = _errs30 === errors;
}
}
}
}
}
}
else {
validate266.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate266.errors = vErrors;
return errors === 0;
}
validate266.evaluated = {"props":{"botId":true,"botToken":true,"dialogId":true,"order":true,"limit":true},"dynamicProps":false,"dynamicItems":false};


function validate265(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="imbotV2ChatUserListParams" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate265.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate266(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate266.errors : vErrors.concat(validate266.errors);
errors = vErrors.length;
}
validate265.errors = vErrors;
return errors === 0;
}
validate265.evaluated = {"props":{"botId":true,"botToken":true,"dialogId":true,"order":true,"limit":true},"dynamicProps":false,"dynamicItems":false};

export const imbotV2ChatUserListSuccess = validate71;
const schema88 = {"$id":"imbotV2ChatUserListSuccess","$ref":"contract#/$defs/ImbotV2ChatUserListSuccess"};
const schema89 = {"type":"object","description":"The success envelope of imbot.v2.Chat.User.list.","required":["result","time"],"properties":{"result":{"type":"array","description":"The members.","items":{"$ref":"contract#/$defs/User"}},"time":{"$ref":"contract#/$defs/ResponseTime"}}};

function validate72(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate72.evaluated;
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
validate72.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.result !== undefined){
let data0 = data.result;
const _errs1 = errors;
if(errors === _errs1){
if(Array.isArray(data0)){
var valid1 = true;
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
const _errs3 = errors;
if(!(validate28(data0[i0], {instancePath:instancePath+"/result/" + i0,parentData:data0,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
errors = vErrors.length;
}
var valid1 = _errs3 === errors;
if(!valid1){
break;
}
}
}
else {
validate72.errors = [{instancePath:instancePath+"/result",schemaPath:"#/properties/result/type",keyword:"type",params:{type: "array"},message:"must be array"}];
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
let data2 = data.time;
const _errs4 = errors;
const _errs5 = errors;
if(errors === _errs5){
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
let missing1;
if(((((((data2.start === undefined) && (missing1 = "start")) || ((data2.finish === undefined) && (missing1 = "finish"))) || ((data2.duration === undefined) && (missing1 = "duration"))) || ((data2.processing === undefined) && (missing1 = "processing"))) || ((data2.date_start === undefined) && (missing1 = "date_start"))) || ((data2.date_finish === undefined) && (missing1 = "date_finish"))){
validate72.errors = [{instancePath:instancePath+"/time",schemaPath:"contract#/$defs/ResponseTime/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data2.start !== undefined){
let data3 = data2.start;
const _errs7 = errors;
if(!((typeof data3 == "number") && (isFinite(data3)))){
validate72.errors = [{instancePath:instancePath+"/time/start",schemaPath:"contract#/$defs/ResponseTime/properties/start/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid3 = _errs7 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.finish !== undefined){
let data4 = data2.finish;
const _errs10 = errors;
if(!((typeof data4 == "number") && (isFinite(data4)))){
validate72.errors = [{instancePath:instancePath+"/time/finish",schemaPath:"contract#/$defs/ResponseTime/properties/finish/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid3 = _errs10 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.duration !== undefined){
let data5 = data2.duration;
const _errs13 = errors;
if(!((typeof data5 == "number") && (isFinite(data5)))){
validate72.errors = [{instancePath:instancePath+"/time/duration",schemaPath:"contract#/$defs/ResponseTime/properties/duration/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid3 = _errs13 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.processing !== undefined){
let data6 = data2.processing;
const _errs16 = errors;
if(!((typeof data6 == "number") && (isFinite(data6)))){
validate72.errors = [{instancePath:instancePath+"/time/processing",schemaPath:"contract#/$defs/ResponseTime/properties/processing/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid3 = _errs16 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.date_start !== undefined){
let data7 = data2.date_start;
const _errs19 = errors;
if(errors === _errs19){
if(errors === _errs19){
if(typeof data7 === "string"){
if(!(formats0(data7))){
validate72.errors = [{instancePath:instancePath+"/time/date_start",schemaPath:"contract#/$defs/ResponseTime/properties/date_start/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate72.errors = [{instancePath:instancePath+"/time/date_start",schemaPath:"contract#/$defs/ResponseTime/properties/date_start/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid3 = _errs19 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.date_finish !== undefined){
let data8 = data2.date_finish;
const _errs22 = errors;
if(errors === _errs22){
if(errors === _errs22){
if(typeof data8 === "string"){
if(!(formats0(data8))){
validate72.errors = [{instancePath:instancePath+"/time/date_finish",schemaPath:"contract#/$defs/ResponseTime/properties/date_finish/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate72.errors = [{instancePath:instancePath+"/time/date_finish",schemaPath:"contract#/$defs/ResponseTime/properties/date_finish/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid3 = _errs22 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.operating !== undefined){
let data9 = data2.operating;
const _errs25 = errors;
if(!((typeof data9 == "number") && (isFinite(data9)))){
validate72.errors = [{instancePath:instancePath+"/time/operating",schemaPath:"contract#/$defs/ResponseTime/properties/operating/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid3 = _errs25 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.operating_reset_at !== undefined){
let data10 = data2.operating_reset_at;
const _errs28 = errors;
if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){
validate72.errors = [{instancePath:instancePath+"/time/operating_reset_at",schemaPath:"contract#/$defs/ResponseTime/properties/operating_reset_at/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid3 = _errs28 === errors;
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
else {
validate72.errors = [{instancePath:instancePath+"/time",schemaPath:"contract#/$defs/ResponseTime/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
}
}
}
else {
validate72.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate72.errors = vErrors;
return errors === 0;
}
validate72.evaluated = {"props":{"result":true,"time":true},"dynamicProps":false,"dynamicItems":false};


function validate71(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="imbotV2ChatUserListSuccess" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate71.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate72(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate72.errors : vErrors.concat(validate72.errors);
errors = vErrors.length;
}
validate71.errors = vErrors;
return errors === 0;
}
validate71.evaluated = {"props":{"result":true,"time":true},"dynamicProps":false,"dynamicItems":false};

export const imbotV2ChatManagerAddParams = validate268;
const schema306 = {"$id":"imbotV2ChatManagerAddParams","$ref":"contract#/$defs/ImbotV2ChatManagerAddParams"};
const schema307 = {"type":"object","description":"Parameters of imbot.v2.Chat.Manager.add.","required":["botId","dialogId","userIds"],"properties":{"botId":{"$ref":"contract#/$defs/BotId","x-bitrix-empty-error":"BOT_ID_REQUIRED"},"botToken":{"$ref":"contract#/$defs/BotToken","x-bitrix-webhook-required":"BOT_TOKEN_NOT_SPECIFIED"},"dialogId":{"$ref":"contract#/$defs/DialogId"},"userIds":{"$ref":"contract#/$defs/UserIds","x-bitrix-empty-error":"EMPTY_USER_IDS"}}};

function validate269(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate269.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.botId === undefined) && (missing0 = "botId")) || ((data.dialogId === undefined) && (missing0 = "dialogId"))) || ((data.userIds === undefined) && (missing0 = "userIds"))){
validate269.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.botId !== undefined){
let data0 = data.botId;
const _errs1 = errors;
const _errs2 = errors;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
validate269.errors = [{instancePath:instancePath+"/botId",schemaPath:"contract#/$defs/BotId/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs2){
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 < 1 || isNaN(data0)){
validate269.errors = [{instancePath:instancePath+"/botId",schemaPath:"contract#/$defs/BotId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
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
const _errs6 = errors;
const _errs7 = errors;
if(errors === _errs7){
if(typeof data1 === "string"){
if(func1(data1) > 40){
validate269.errors = [{instancePath:instancePath+"/botToken",schemaPath:"contract#/$defs/BotToken/maxLength",keyword:"maxLength",params:{limit: 40},message:"must NOT have more than 40 characters"}];
return false;
}
else {
if(func1(data1) < 1){
validate269.errors = [{instancePath:instancePath+"/botToken",schemaPath:"contract#/$defs/BotToken/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate269.errors = [{instancePath:instancePath+"/botToken",schemaPath:"contract#/$defs/BotToken/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.dialogId !== undefined){
let data2 = data.dialogId;
const _errs11 = errors;
const _errs12 = errors;
if(errors === _errs12){
if(typeof data2 === "string"){
if(!pattern4.test(data2)){
validate269.errors = [{instancePath:instancePath+"/dialogId",schemaPath:"contract#/$defs/DialogId/pattern",keyword:"pattern",params:{pattern: "^(chat[1-9][0-9]*|[1-9][0-9]*)$"},message:"must match pattern \""+"^(chat[1-9][0-9]*|[1-9][0-9]*)$"+"\""}];
return false;
}
}
else {
validate269.errors = [{instancePath:instancePath+"/dialogId",schemaPath:"contract#/$defs/DialogId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.userIds !== undefined){
const _errs15 = errors;
if(!(validate243(data.userIds, {instancePath:instancePath+"/userIds",parentData:data,parentDataProperty:"userIds",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate243.errors : vErrors.concat(validate243.errors);
errors = vErrors.length;
}
var valid0 = _errs15 === errors;
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
validate269.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate269.errors = vErrors;
return errors === 0;
}
validate269.evaluated = {"props":{"botId":true,"botToken":true,"dialogId":true,"userIds":true},"dynamicProps":false,"dynamicItems":false};


function validate268(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="imbotV2ChatManagerAddParams" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate268.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate269(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate269.errors : vErrors.concat(validate269.errors);
errors = vErrors.length;
}
validate268.errors = vErrors;
return errors === 0;
}
validate268.evaluated = {"props":{"botId":true,"botToken":true,"dialogId":true,"userIds":true},"dynamicProps":false,"dynamicItems":false};

export const imbotV2ChatManagerAddSuccess = validate75;
const schema91 = {"$id":"imbotV2ChatManagerAddSuccess","$ref":"contract#/$defs/ImbotV2ChatManagerAddSuccess"};
const schema92 = {"type":"object","description":"The success envelope of imbot.v2.Chat.Manager.add.","required":["result","time"],"properties":{"result":{"$ref":"contract#/$defs/BooleanResult"},"time":{"$ref":"contract#/$defs/ResponseTime"}}};

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
if(((data.result === undefined) && (missing0 = "result")) || ((data.time === undefined) && (missing0 = "time"))){
validate76.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.result !== undefined){
let data0 = data.result;
const _errs1 = errors;
const _errs2 = errors;
if(errors === _errs2){
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
let missing1;
if((data0.result === undefined) && (missing1 = "result")){
validate76.errors = [{instancePath:instancePath+"/result",schemaPath:"contract#/$defs/BooleanResult/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data0.result !== undefined){
if(typeof data0.result !== "boolean"){
validate76.errors = [{instancePath:instancePath+"/result/result",schemaPath:"contract#/$defs/BooleanResult/properties/result/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
}
}
}
else {
validate76.errors = [{instancePath:instancePath+"/result",schemaPath:"contract#/$defs/BooleanResult/type",keyword:"type",params:{type: "object"},message:"must be object"}];
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
let data2 = data.time;
const _errs8 = errors;
const _errs9 = errors;
if(errors === _errs9){
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
let missing2;
if(((((((data2.start === undefined) && (missing2 = "start")) || ((data2.finish === undefined) && (missing2 = "finish"))) || ((data2.duration === undefined) && (missing2 = "duration"))) || ((data2.processing === undefined) && (missing2 = "processing"))) || ((data2.date_start === undefined) && (missing2 = "date_start"))) || ((data2.date_finish === undefined) && (missing2 = "date_finish"))){
validate76.errors = [{instancePath:instancePath+"/time",schemaPath:"contract#/$defs/ResponseTime/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
if(data2.start !== undefined){
let data3 = data2.start;
const _errs11 = errors;
if(!((typeof data3 == "number") && (isFinite(data3)))){
validate76.errors = [{instancePath:instancePath+"/time/start",schemaPath:"contract#/$defs/ResponseTime/properties/start/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid4 = _errs11 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data2.finish !== undefined){
let data4 = data2.finish;
const _errs14 = errors;
if(!((typeof data4 == "number") && (isFinite(data4)))){
validate76.errors = [{instancePath:instancePath+"/time/finish",schemaPath:"contract#/$defs/ResponseTime/properties/finish/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid4 = _errs14 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data2.duration !== undefined){
let data5 = data2.duration;
const _errs17 = errors;
if(!((typeof data5 == "number") && (isFinite(data5)))){
validate76.errors = [{instancePath:instancePath+"/time/duration",schemaPath:"contract#/$defs/ResponseTime/properties/duration/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid4 = _errs17 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data2.processing !== undefined){
let data6 = data2.processing;
const _errs20 = errors;
if(!((typeof data6 == "number") && (isFinite(data6)))){
validate76.errors = [{instancePath:instancePath+"/time/processing",schemaPath:"contract#/$defs/ResponseTime/properties/processing/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid4 = _errs20 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data2.date_start !== undefined){
let data7 = data2.date_start;
const _errs23 = errors;
if(errors === _errs23){
if(errors === _errs23){
if(typeof data7 === "string"){
if(!(formats0(data7))){
validate76.errors = [{instancePath:instancePath+"/time/date_start",schemaPath:"contract#/$defs/ResponseTime/properties/date_start/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate76.errors = [{instancePath:instancePath+"/time/date_start",schemaPath:"contract#/$defs/ResponseTime/properties/date_start/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid4 = _errs23 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data2.date_finish !== undefined){
let data8 = data2.date_finish;
const _errs26 = errors;
if(errors === _errs26){
if(errors === _errs26){
if(typeof data8 === "string"){
if(!(formats0(data8))){
validate76.errors = [{instancePath:instancePath+"/time/date_finish",schemaPath:"contract#/$defs/ResponseTime/properties/date_finish/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate76.errors = [{instancePath:instancePath+"/time/date_finish",schemaPath:"contract#/$defs/ResponseTime/properties/date_finish/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid4 = _errs26 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data2.operating !== undefined){
let data9 = data2.operating;
const _errs29 = errors;
if(!((typeof data9 == "number") && (isFinite(data9)))){
validate76.errors = [{instancePath:instancePath+"/time/operating",schemaPath:"contract#/$defs/ResponseTime/properties/operating/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid4 = _errs29 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data2.operating_reset_at !== undefined){
let data10 = data2.operating_reset_at;
const _errs32 = errors;
if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){
validate76.errors = [{instancePath:instancePath+"/time/operating_reset_at",schemaPath:"contract#/$defs/ResponseTime/properties/operating_reset_at/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid4 = _errs32 === errors;
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
validate76.errors = [{instancePath:instancePath+"/time",schemaPath:"contract#/$defs/ResponseTime/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
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
validate76.evaluated = {"props":{"result":true,"time":true},"dynamicProps":false,"dynamicItems":false};


function validate75(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="imbotV2ChatManagerAddSuccess" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate75.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate76(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate76.errors : vErrors.concat(validate76.errors);
errors = vErrors.length;
}
validate75.errors = vErrors;
return errors === 0;
}
validate75.evaluated = {"props":{"result":true,"time":true},"dynamicProps":false,"dynamicItems":false};

export const imbotV2ChatManagerDeleteParams = validate272;
const schema311 = {"$id":"imbotV2ChatManagerDeleteParams","$ref":"contract#/$defs/ImbotV2ChatManagerDeleteParams"};
const schema312 = {"type":"object","description":"Parameters of imbot.v2.Chat.Manager.delete.","required":["botId","dialogId","userIds"],"properties":{"botId":{"$ref":"contract#/$defs/BotId","x-bitrix-empty-error":"BOT_ID_REQUIRED"},"botToken":{"$ref":"contract#/$defs/BotToken","x-bitrix-webhook-required":"BOT_TOKEN_NOT_SPECIFIED"},"dialogId":{"$ref":"contract#/$defs/DialogId"},"userIds":{"$ref":"contract#/$defs/UserIds","x-bitrix-empty-error":"EMPTY_USER_IDS"}}};

function validate273(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate273.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.botId === undefined) && (missing0 = "botId")) || ((data.dialogId === undefined) && (missing0 = "dialogId"))) || ((data.userIds === undefined) && (missing0 = "userIds"))){
validate273.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.botId !== undefined){
let data0 = data.botId;
const _errs1 = errors;
const _errs2 = errors;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
validate273.errors = [{instancePath:instancePath+"/botId",schemaPath:"contract#/$defs/BotId/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs2){
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 < 1 || isNaN(data0)){
validate273.errors = [{instancePath:instancePath+"/botId",schemaPath:"contract#/$defs/BotId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
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
const _errs6 = errors;
const _errs7 = errors;
if(errors === _errs7){
if(typeof data1 === "string"){
if(func1(data1) > 40){
validate273.errors = [{instancePath:instancePath+"/botToken",schemaPath:"contract#/$defs/BotToken/maxLength",keyword:"maxLength",params:{limit: 40},message:"must NOT have more than 40 characters"}];
return false;
}
else {
if(func1(data1) < 1){
validate273.errors = [{instancePath:instancePath+"/botToken",schemaPath:"contract#/$defs/BotToken/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate273.errors = [{instancePath:instancePath+"/botToken",schemaPath:"contract#/$defs/BotToken/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.dialogId !== undefined){
let data2 = data.dialogId;
const _errs11 = errors;
const _errs12 = errors;
if(errors === _errs12){
if(typeof data2 === "string"){
if(!pattern4.test(data2)){
validate273.errors = [{instancePath:instancePath+"/dialogId",schemaPath:"contract#/$defs/DialogId/pattern",keyword:"pattern",params:{pattern: "^(chat[1-9][0-9]*|[1-9][0-9]*)$"},message:"must match pattern \""+"^(chat[1-9][0-9]*|[1-9][0-9]*)$"+"\""}];
return false;
}
}
else {
validate273.errors = [{instancePath:instancePath+"/dialogId",schemaPath:"contract#/$defs/DialogId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.userIds !== undefined){
const _errs15 = errors;
if(!(validate243(data.userIds, {instancePath:instancePath+"/userIds",parentData:data,parentDataProperty:"userIds",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate243.errors : vErrors.concat(validate243.errors);
errors = vErrors.length;
}
var valid0 = _errs15 === errors;
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
validate273.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate273.errors = vErrors;
return errors === 0;
}
validate273.evaluated = {"props":{"botId":true,"botToken":true,"dialogId":true,"userIds":true},"dynamicProps":false,"dynamicItems":false};


function validate272(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="imbotV2ChatManagerDeleteParams" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate272.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate273(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate273.errors : vErrors.concat(validate273.errors);
errors = vErrors.length;
}
validate272.errors = vErrors;
return errors === 0;
}
validate272.evaluated = {"props":{"botId":true,"botToken":true,"dialogId":true,"userIds":true},"dynamicProps":false,"dynamicItems":false};

export const imbotV2ChatManagerDeleteSuccess = validate78;
const schema95 = {"$id":"imbotV2ChatManagerDeleteSuccess","$ref":"contract#/$defs/ImbotV2ChatManagerDeleteSuccess"};
const schema96 = {"type":"object","description":"The success envelope of imbot.v2.Chat.Manager.delete.","required":["result","time"],"properties":{"result":{"$ref":"contract#/$defs/BooleanResult"},"time":{"$ref":"contract#/$defs/ResponseTime"}}};

function validate79(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate79.evaluated;
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
validate79.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.result !== undefined){
let data0 = data.result;
const _errs1 = errors;
const _errs2 = errors;
if(errors === _errs2){
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
let missing1;
if((data0.result === undefined) && (missing1 = "result")){
validate79.errors = [{instancePath:instancePath+"/result",schemaPath:"contract#/$defs/BooleanResult/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data0.result !== undefined){
if(typeof data0.result !== "boolean"){
validate79.errors = [{instancePath:instancePath+"/result/result",schemaPath:"contract#/$defs/BooleanResult/properties/result/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
}
}
}
else {
validate79.errors = [{instancePath:instancePath+"/result",schemaPath:"contract#/$defs/BooleanResult/type",keyword:"type",params:{type: "object"},message:"must be object"}];
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
let data2 = data.time;
const _errs8 = errors;
const _errs9 = errors;
if(errors === _errs9){
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
let missing2;
if(((((((data2.start === undefined) && (missing2 = "start")) || ((data2.finish === undefined) && (missing2 = "finish"))) || ((data2.duration === undefined) && (missing2 = "duration"))) || ((data2.processing === undefined) && (missing2 = "processing"))) || ((data2.date_start === undefined) && (missing2 = "date_start"))) || ((data2.date_finish === undefined) && (missing2 = "date_finish"))){
validate79.errors = [{instancePath:instancePath+"/time",schemaPath:"contract#/$defs/ResponseTime/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
if(data2.start !== undefined){
let data3 = data2.start;
const _errs11 = errors;
if(!((typeof data3 == "number") && (isFinite(data3)))){
validate79.errors = [{instancePath:instancePath+"/time/start",schemaPath:"contract#/$defs/ResponseTime/properties/start/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid4 = _errs11 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data2.finish !== undefined){
let data4 = data2.finish;
const _errs14 = errors;
if(!((typeof data4 == "number") && (isFinite(data4)))){
validate79.errors = [{instancePath:instancePath+"/time/finish",schemaPath:"contract#/$defs/ResponseTime/properties/finish/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid4 = _errs14 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data2.duration !== undefined){
let data5 = data2.duration;
const _errs17 = errors;
if(!((typeof data5 == "number") && (isFinite(data5)))){
validate79.errors = [{instancePath:instancePath+"/time/duration",schemaPath:"contract#/$defs/ResponseTime/properties/duration/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid4 = _errs17 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data2.processing !== undefined){
let data6 = data2.processing;
const _errs20 = errors;
if(!((typeof data6 == "number") && (isFinite(data6)))){
validate79.errors = [{instancePath:instancePath+"/time/processing",schemaPath:"contract#/$defs/ResponseTime/properties/processing/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid4 = _errs20 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data2.date_start !== undefined){
let data7 = data2.date_start;
const _errs23 = errors;
if(errors === _errs23){
if(errors === _errs23){
if(typeof data7 === "string"){
if(!(formats0(data7))){
validate79.errors = [{instancePath:instancePath+"/time/date_start",schemaPath:"contract#/$defs/ResponseTime/properties/date_start/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate79.errors = [{instancePath:instancePath+"/time/date_start",schemaPath:"contract#/$defs/ResponseTime/properties/date_start/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid4 = _errs23 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data2.date_finish !== undefined){
let data8 = data2.date_finish;
const _errs26 = errors;
if(errors === _errs26){
if(errors === _errs26){
if(typeof data8 === "string"){
if(!(formats0(data8))){
validate79.errors = [{instancePath:instancePath+"/time/date_finish",schemaPath:"contract#/$defs/ResponseTime/properties/date_finish/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate79.errors = [{instancePath:instancePath+"/time/date_finish",schemaPath:"contract#/$defs/ResponseTime/properties/date_finish/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid4 = _errs26 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data2.operating !== undefined){
let data9 = data2.operating;
const _errs29 = errors;
if(!((typeof data9 == "number") && (isFinite(data9)))){
validate79.errors = [{instancePath:instancePath+"/time/operating",schemaPath:"contract#/$defs/ResponseTime/properties/operating/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid4 = _errs29 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data2.operating_reset_at !== undefined){
let data10 = data2.operating_reset_at;
const _errs32 = errors;
if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){
validate79.errors = [{instancePath:instancePath+"/time/operating_reset_at",schemaPath:"contract#/$defs/ResponseTime/properties/operating_reset_at/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid4 = _errs32 === errors;
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
validate79.errors = [{instancePath:instancePath+"/time",schemaPath:"contract#/$defs/ResponseTime/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
}
}
}
else {
validate79.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate79.errors = vErrors;
return errors === 0;
}
validate79.evaluated = {"props":{"result":true,"time":true},"dynamicProps":false,"dynamicItems":false};


function validate78(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="imbotV2ChatManagerDeleteSuccess" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate78.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate79(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate79.errors : vErrors.concat(validate79.errors);
errors = vErrors.length;
}
validate78.errors = vErrors;
return errors === 0;
}
validate78.evaluated = {"props":{"result":true,"time":true},"dynamicProps":false,"dynamicItems":false};

export const imbotV2ChatInputActionNotifyParams = validate276;
const schema316 = {"$id":"imbotV2ChatInputActionNotifyParams","$ref":"contract#/$defs/ImbotV2ChatInputActionNotifyParams"};
const schema317 = {"type":"object","description":"Parameters of imbot.v2.Chat.InputAction.notify.","required":["botId","dialogId"],"properties":{"botId":{"$ref":"contract#/$defs/BotId","x-bitrix-empty-error":"BOT_ID_REQUIRED"},"botToken":{"$ref":"contract#/$defs/BotToken","x-bitrix-webhook-required":"BOT_TOKEN_NOT_SPECIFIED"},"dialogId":{"$ref":"contract#/$defs/DialogId"},"statusMessageCode":{"$ref":"contract#/$defs/InputActionStatusCode"},"duration":{"type":"integer","minimum":1,"maximum":600,"description":"Seconds to show it; the portal picks when missing.","example":30}}};
const schema321 = {"type":"string","description":"Which activity the indicator names (V2/ui/chat-input-action-notify.md): thinking, searching, generating, analysing, processing, translating, connecting, checking, calculating, reading documents or composing. Without it the usual \"typing\" indicator shows.","enum":["IMBOT_AGENT_ACTION_THINKING","IMBOT_AGENT_ACTION_SEARCHING","IMBOT_AGENT_ACTION_GENERATING","IMBOT_AGENT_ACTION_ANALYZING","IMBOT_AGENT_ACTION_PROCESSING","IMBOT_AGENT_ACTION_TRANSLATING","IMBOT_AGENT_ACTION_CONNECTING","IMBOT_AGENT_ACTION_CHECKING","IMBOT_AGENT_ACTION_CALCULATING","IMBOT_AGENT_ACTION_READING_DOCS","IMBOT_AGENT_ACTION_COMPOSING"],"example":"IMBOT_AGENT_ACTION_THINKING"};

function validate277(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate277.evaluated;
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
validate277.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.botId !== undefined){
let data0 = data.botId;
const _errs1 = errors;
const _errs2 = errors;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
validate277.errors = [{instancePath:instancePath+"/botId",schemaPath:"contract#/$defs/BotId/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs2){
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 < 1 || isNaN(data0)){
validate277.errors = [{instancePath:instancePath+"/botId",schemaPath:"contract#/$defs/BotId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
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
const _errs6 = errors;
const _errs7 = errors;
if(errors === _errs7){
if(typeof data1 === "string"){
if(func1(data1) > 40){
validate277.errors = [{instancePath:instancePath+"/botToken",schemaPath:"contract#/$defs/BotToken/maxLength",keyword:"maxLength",params:{limit: 40},message:"must NOT have more than 40 characters"}];
return false;
}
else {
if(func1(data1) < 1){
validate277.errors = [{instancePath:instancePath+"/botToken",schemaPath:"contract#/$defs/BotToken/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate277.errors = [{instancePath:instancePath+"/botToken",schemaPath:"contract#/$defs/BotToken/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.dialogId !== undefined){
let data2 = data.dialogId;
const _errs11 = errors;
const _errs12 = errors;
if(errors === _errs12){
if(typeof data2 === "string"){
if(!pattern4.test(data2)){
validate277.errors = [{instancePath:instancePath+"/dialogId",schemaPath:"contract#/$defs/DialogId/pattern",keyword:"pattern",params:{pattern: "^(chat[1-9][0-9]*|[1-9][0-9]*)$"},message:"must match pattern \""+"^(chat[1-9][0-9]*|[1-9][0-9]*)$"+"\""}];
return false;
}
}
else {
validate277.errors = [{instancePath:instancePath+"/dialogId",schemaPath:"contract#/$defs/DialogId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.statusMessageCode !== undefined){
let data3 = data.statusMessageCode;
const _errs15 = errors;
if(typeof data3 !== "string"){
validate277.errors = [{instancePath:instancePath+"/statusMessageCode",schemaPath:"contract#/$defs/InputActionStatusCode/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((((((((((data3 === "IMBOT_AGENT_ACTION_THINKING") || (data3 === "IMBOT_AGENT_ACTION_SEARCHING")) || (data3 === "IMBOT_AGENT_ACTION_GENERATING")) || (data3 === "IMBOT_AGENT_ACTION_ANALYZING")) || (data3 === "IMBOT_AGENT_ACTION_PROCESSING")) || (data3 === "IMBOT_AGENT_ACTION_TRANSLATING")) || (data3 === "IMBOT_AGENT_ACTION_CONNECTING")) || (data3 === "IMBOT_AGENT_ACTION_CHECKING")) || (data3 === "IMBOT_AGENT_ACTION_CALCULATING")) || (data3 === "IMBOT_AGENT_ACTION_READING_DOCS")) || (data3 === "IMBOT_AGENT_ACTION_COMPOSING"))){
validate277.errors = [{instancePath:instancePath+"/statusMessageCode",schemaPath:"contract#/$defs/InputActionStatusCode/enum",keyword:"enum",params:{allowedValues: schema321.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs15 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.duration !== undefined){
let data4 = data.duration;
const _errs19 = errors;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
validate277.errors = [{instancePath:instancePath+"/duration",schemaPath:"#/properties/duration/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs19){
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 > 600 || isNaN(data4)){
validate277.errors = [{instancePath:instancePath+"/duration",schemaPath:"#/properties/duration/maximum",keyword:"maximum",params:{comparison: "<=", limit: 600},message:"must be <= 600"}];
return false;
}
else {
if(data4 < 1 || isNaN(data4)){
validate277.errors = [{instancePath:instancePath+"/duration",schemaPath:"#/properties/duration/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
}
var valid0 = _errs19 === errors;
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
validate277.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate277.errors = vErrors;
return errors === 0;
}
validate277.evaluated = {"props":{"botId":true,"botToken":true,"dialogId":true,"statusMessageCode":true,"duration":true},"dynamicProps":false,"dynamicItems":false};


function validate276(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="imbotV2ChatInputActionNotifyParams" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate276.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate277(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate277.errors : vErrors.concat(validate277.errors);
errors = vErrors.length;
}
validate276.errors = vErrors;
return errors === 0;
}
validate276.evaluated = {"props":{"botId":true,"botToken":true,"dialogId":true,"statusMessageCode":true,"duration":true},"dynamicProps":false,"dynamicItems":false};

export const imbotV2ChatInputActionNotifySuccess = validate81;
const schema99 = {"$id":"imbotV2ChatInputActionNotifySuccess","$ref":"contract#/$defs/ImbotV2ChatInputActionNotifySuccess"};
const schema100 = {"type":"object","description":"The success envelope of imbot.v2.Chat.InputAction.notify.","required":["result","time"],"properties":{"result":{"$ref":"contract#/$defs/BooleanResult"},"time":{"$ref":"contract#/$defs/ResponseTime"}}};

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
if(((data.result === undefined) && (missing0 = "result")) || ((data.time === undefined) && (missing0 = "time"))){
validate82.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.result !== undefined){
let data0 = data.result;
const _errs1 = errors;
const _errs2 = errors;
if(errors === _errs2){
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
let missing1;
if((data0.result === undefined) && (missing1 = "result")){
validate82.errors = [{instancePath:instancePath+"/result",schemaPath:"contract#/$defs/BooleanResult/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data0.result !== undefined){
if(typeof data0.result !== "boolean"){
validate82.errors = [{instancePath:instancePath+"/result/result",schemaPath:"contract#/$defs/BooleanResult/properties/result/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
}
}
}
else {
validate82.errors = [{instancePath:instancePath+"/result",schemaPath:"contract#/$defs/BooleanResult/type",keyword:"type",params:{type: "object"},message:"must be object"}];
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
let data2 = data.time;
const _errs8 = errors;
const _errs9 = errors;
if(errors === _errs9){
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
let missing2;
if(((((((data2.start === undefined) && (missing2 = "start")) || ((data2.finish === undefined) && (missing2 = "finish"))) || ((data2.duration === undefined) && (missing2 = "duration"))) || ((data2.processing === undefined) && (missing2 = "processing"))) || ((data2.date_start === undefined) && (missing2 = "date_start"))) || ((data2.date_finish === undefined) && (missing2 = "date_finish"))){
validate82.errors = [{instancePath:instancePath+"/time",schemaPath:"contract#/$defs/ResponseTime/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
if(data2.start !== undefined){
let data3 = data2.start;
const _errs11 = errors;
if(!((typeof data3 == "number") && (isFinite(data3)))){
validate82.errors = [{instancePath:instancePath+"/time/start",schemaPath:"contract#/$defs/ResponseTime/properties/start/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid4 = _errs11 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data2.finish !== undefined){
let data4 = data2.finish;
const _errs14 = errors;
if(!((typeof data4 == "number") && (isFinite(data4)))){
validate82.errors = [{instancePath:instancePath+"/time/finish",schemaPath:"contract#/$defs/ResponseTime/properties/finish/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid4 = _errs14 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data2.duration !== undefined){
let data5 = data2.duration;
const _errs17 = errors;
if(!((typeof data5 == "number") && (isFinite(data5)))){
validate82.errors = [{instancePath:instancePath+"/time/duration",schemaPath:"contract#/$defs/ResponseTime/properties/duration/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid4 = _errs17 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data2.processing !== undefined){
let data6 = data2.processing;
const _errs20 = errors;
if(!((typeof data6 == "number") && (isFinite(data6)))){
validate82.errors = [{instancePath:instancePath+"/time/processing",schemaPath:"contract#/$defs/ResponseTime/properties/processing/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid4 = _errs20 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data2.date_start !== undefined){
let data7 = data2.date_start;
const _errs23 = errors;
if(errors === _errs23){
if(errors === _errs23){
if(typeof data7 === "string"){
if(!(formats0(data7))){
validate82.errors = [{instancePath:instancePath+"/time/date_start",schemaPath:"contract#/$defs/ResponseTime/properties/date_start/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate82.errors = [{instancePath:instancePath+"/time/date_start",schemaPath:"contract#/$defs/ResponseTime/properties/date_start/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid4 = _errs23 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data2.date_finish !== undefined){
let data8 = data2.date_finish;
const _errs26 = errors;
if(errors === _errs26){
if(errors === _errs26){
if(typeof data8 === "string"){
if(!(formats0(data8))){
validate82.errors = [{instancePath:instancePath+"/time/date_finish",schemaPath:"contract#/$defs/ResponseTime/properties/date_finish/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate82.errors = [{instancePath:instancePath+"/time/date_finish",schemaPath:"contract#/$defs/ResponseTime/properties/date_finish/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid4 = _errs26 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data2.operating !== undefined){
let data9 = data2.operating;
const _errs29 = errors;
if(!((typeof data9 == "number") && (isFinite(data9)))){
validate82.errors = [{instancePath:instancePath+"/time/operating",schemaPath:"contract#/$defs/ResponseTime/properties/operating/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid4 = _errs29 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data2.operating_reset_at !== undefined){
let data10 = data2.operating_reset_at;
const _errs32 = errors;
if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){
validate82.errors = [{instancePath:instancePath+"/time/operating_reset_at",schemaPath:"contract#/$defs/ResponseTime/properties/operating_reset_at/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid4 = _errs32 === errors;
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
validate82.errors = [{instancePath:instancePath+"/time",schemaPath:"contract#/$defs/ResponseTime/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
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
validate82.evaluated = {"props":{"result":true,"time":true},"dynamicProps":false,"dynamicItems":false};


function validate81(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="imbotV2ChatInputActionNotifySuccess" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate81.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate82(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate82.errors : vErrors.concat(validate82.errors);
errors = vErrors.length;
}
validate81.errors = vErrors;
return errors === 0;
}
validate81.evaluated = {"props":{"result":true,"time":true},"dynamicProps":false,"dynamicItems":false};

export const imbotV2ChatTextFieldEnabledParams = validate279;
const schema322 = {"$id":"imbotV2ChatTextFieldEnabledParams","$ref":"contract#/$defs/ImbotV2ChatTextFieldEnabledParams"};
const schema323 = {"type":"object","description":"Parameters of imbot.v2.Chat.TextField.enabled.","required":["botId","dialogId"],"properties":{"botId":{"$ref":"contract#/$defs/BotId","x-bitrix-empty-error":"BOT_ID_REQUIRED"},"botToken":{"$ref":"contract#/$defs/BotToken","x-bitrix-webhook-required":"BOT_TOKEN_NOT_SPECIFIED"},"dialogId":{"$ref":"contract#/$defs/DialogId"},"enabled":{"type":"boolean","default":true,"description":"true to turn the field on, false to turn it off.","example":false}}};

function validate280(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate280.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.enabled === undefined){
data.enabled = true;
}
let missing0;
if(((data.botId === undefined) && (missing0 = "botId")) || ((data.dialogId === undefined) && (missing0 = "dialogId"))){
validate280.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.botId !== undefined){
let data0 = data.botId;
const _errs1 = errors;
const _errs2 = errors;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
validate280.errors = [{instancePath:instancePath+"/botId",schemaPath:"contract#/$defs/BotId/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs2){
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 < 1 || isNaN(data0)){
validate280.errors = [{instancePath:instancePath+"/botId",schemaPath:"contract#/$defs/BotId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
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
const _errs6 = errors;
const _errs7 = errors;
if(errors === _errs7){
if(typeof data1 === "string"){
if(func1(data1) > 40){
validate280.errors = [{instancePath:instancePath+"/botToken",schemaPath:"contract#/$defs/BotToken/maxLength",keyword:"maxLength",params:{limit: 40},message:"must NOT have more than 40 characters"}];
return false;
}
else {
if(func1(data1) < 1){
validate280.errors = [{instancePath:instancePath+"/botToken",schemaPath:"contract#/$defs/BotToken/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate280.errors = [{instancePath:instancePath+"/botToken",schemaPath:"contract#/$defs/BotToken/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.dialogId !== undefined){
let data2 = data.dialogId;
const _errs11 = errors;
const _errs12 = errors;
if(errors === _errs12){
if(typeof data2 === "string"){
if(!pattern4.test(data2)){
validate280.errors = [{instancePath:instancePath+"/dialogId",schemaPath:"contract#/$defs/DialogId/pattern",keyword:"pattern",params:{pattern: "^(chat[1-9][0-9]*|[1-9][0-9]*)$"},message:"must match pattern \""+"^(chat[1-9][0-9]*|[1-9][0-9]*)$"+"\""}];
return false;
}
}
else {
validate280.errors = [{instancePath:instancePath+"/dialogId",schemaPath:"contract#/$defs/DialogId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
const _errs15 = errors;
if(typeof data.enabled !== "boolean"){
validate280.errors = [{instancePath:instancePath+"/enabled",schemaPath:"#/properties/enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs15 === errors;
}
}
}
}
}
else {
validate280.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate280.errors = vErrors;
return errors === 0;
}
validate280.evaluated = {"props":{"botId":true,"botToken":true,"dialogId":true,"enabled":true},"dynamicProps":false,"dynamicItems":false};


function validate279(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="imbotV2ChatTextFieldEnabledParams" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate279.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate280(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate280.errors : vErrors.concat(validate280.errors);
errors = vErrors.length;
}
validate279.errors = vErrors;
return errors === 0;
}
validate279.evaluated = {"props":{"botId":true,"botToken":true,"dialogId":true,"enabled":true},"dynamicProps":false,"dynamicItems":false};

export const imbotV2ChatTextFieldEnabledSuccess = validate84;
const schema103 = {"$id":"imbotV2ChatTextFieldEnabledSuccess","$ref":"contract#/$defs/ImbotV2ChatTextFieldEnabledSuccess"};
const schema104 = {"type":"object","description":"The success envelope of imbot.v2.Chat.TextField.enabled.","required":["result","time"],"properties":{"result":{"$ref":"contract#/$defs/BooleanResult"},"time":{"$ref":"contract#/$defs/ResponseTime"}}};

function validate85(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate85.evaluated;
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
validate85.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.result !== undefined){
let data0 = data.result;
const _errs1 = errors;
const _errs2 = errors;
if(errors === _errs2){
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
let missing1;
if((data0.result === undefined) && (missing1 = "result")){
validate85.errors = [{instancePath:instancePath+"/result",schemaPath:"contract#/$defs/BooleanResult/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data0.result !== undefined){
if(typeof data0.result !== "boolean"){
validate85.errors = [{instancePath:instancePath+"/result/result",schemaPath:"contract#/$defs/BooleanResult/properties/result/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
}
}
}
else {
validate85.errors = [{instancePath:instancePath+"/result",schemaPath:"contract#/$defs/BooleanResult/type",keyword:"type",params:{type: "object"},message:"must be object"}];
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
let data2 = data.time;
const _errs8 = errors;
const _errs9 = errors;
if(errors === _errs9){
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
let missing2;
if(((((((data2.start === undefined) && (missing2 = "start")) || ((data2.finish === undefined) && (missing2 = "finish"))) || ((data2.duration === undefined) && (missing2 = "duration"))) || ((data2.processing === undefined) && (missing2 = "processing"))) || ((data2.date_start === undefined) && (missing2 = "date_start"))) || ((data2.date_finish === undefined) && (missing2 = "date_finish"))){
validate85.errors = [{instancePath:instancePath+"/time",schemaPath:"contract#/$defs/ResponseTime/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
if(data2.start !== undefined){
let data3 = data2.start;
const _errs11 = errors;
if(!((typeof data3 == "number") && (isFinite(data3)))){
validate85.errors = [{instancePath:instancePath+"/time/start",schemaPath:"contract#/$defs/ResponseTime/properties/start/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid4 = _errs11 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data2.finish !== undefined){
let data4 = data2.finish;
const _errs14 = errors;
if(!((typeof data4 == "number") && (isFinite(data4)))){
validate85.errors = [{instancePath:instancePath+"/time/finish",schemaPath:"contract#/$defs/ResponseTime/properties/finish/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid4 = _errs14 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data2.duration !== undefined){
let data5 = data2.duration;
const _errs17 = errors;
if(!((typeof data5 == "number") && (isFinite(data5)))){
validate85.errors = [{instancePath:instancePath+"/time/duration",schemaPath:"contract#/$defs/ResponseTime/properties/duration/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid4 = _errs17 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data2.processing !== undefined){
let data6 = data2.processing;
const _errs20 = errors;
if(!((typeof data6 == "number") && (isFinite(data6)))){
validate85.errors = [{instancePath:instancePath+"/time/processing",schemaPath:"contract#/$defs/ResponseTime/properties/processing/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid4 = _errs20 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data2.date_start !== undefined){
let data7 = data2.date_start;
const _errs23 = errors;
if(errors === _errs23){
if(errors === _errs23){
if(typeof data7 === "string"){
if(!(formats0(data7))){
validate85.errors = [{instancePath:instancePath+"/time/date_start",schemaPath:"contract#/$defs/ResponseTime/properties/date_start/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate85.errors = [{instancePath:instancePath+"/time/date_start",schemaPath:"contract#/$defs/ResponseTime/properties/date_start/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid4 = _errs23 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data2.date_finish !== undefined){
let data8 = data2.date_finish;
const _errs26 = errors;
if(errors === _errs26){
if(errors === _errs26){
if(typeof data8 === "string"){
if(!(formats0(data8))){
validate85.errors = [{instancePath:instancePath+"/time/date_finish",schemaPath:"contract#/$defs/ResponseTime/properties/date_finish/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate85.errors = [{instancePath:instancePath+"/time/date_finish",schemaPath:"contract#/$defs/ResponseTime/properties/date_finish/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid4 = _errs26 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data2.operating !== undefined){
let data9 = data2.operating;
const _errs29 = errors;
if(!((typeof data9 == "number") && (isFinite(data9)))){
validate85.errors = [{instancePath:instancePath+"/time/operating",schemaPath:"contract#/$defs/ResponseTime/properties/operating/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid4 = _errs29 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data2.operating_reset_at !== undefined){
let data10 = data2.operating_reset_at;
const _errs32 = errors;
if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){
validate85.errors = [{instancePath:instancePath+"/time/operating_reset_at",schemaPath:"contract#/$defs/ResponseTime/properties/operating_reset_at/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid4 = _errs32 === errors;
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
validate85.errors = [{instancePath:instancePath+"/time",schemaPath:"contract#/$defs/ResponseTime/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
}
}
}
else {
validate85.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate85.errors = vErrors;
return errors === 0;
}
validate85.evaluated = {"props":{"result":true,"time":true},"dynamicProps":false,"dynamicItems":false};


function validate84(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="imbotV2ChatTextFieldEnabledSuccess" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate84.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate85(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate85.errors : vErrors.concat(validate85.errors);
errors = vErrors.length;
}
validate84.errors = vErrors;
return errors === 0;
}
validate84.evaluated = {"props":{"result":true,"time":true},"dynamicProps":false,"dynamicItems":false};

export const imbotV2RevisionGetParams = validate282;
const schema327 = {"$id":"imbotV2RevisionGetParams","$ref":"contract#/$defs/ImbotV2RevisionGetParams"};
const schema328 = {"type":"object","description":"imbot.v2.Revision.get takes no parameters.","properties":{}};

function validate282(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="imbotV2RevisionGetParams" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate282.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
if(errors === _errs0){
if(!(data && typeof data == "object" && !Array.isArray(data))){
validate282.errors = [{instancePath,schemaPath:"contract#/$defs/ImbotV2RevisionGetParams/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate282.errors = vErrors;
return errors === 0;
}
validate282.evaluated = {"dynamicProps":false,"dynamicItems":false};

export const imbotV2RevisionGetSuccess = validate87;
const schema107 = {"$id":"imbotV2RevisionGetSuccess","$ref":"contract#/$defs/ImbotV2RevisionGetSuccess"};
const schema108 = {"type":"object","description":"The success envelope of imbot.v2.Revision.get.","required":["result","time"],"properties":{"result":{"type":"object","description":"Revision numbers.","required":["rest","web","mobile","desktop"],"properties":{"rest":{"type":"integer","description":"Revision of the REST API; the one to compare with the change log."},"web":{"type":"integer","description":"Revision of the messenger's web client protocol."},"mobile":{"type":"integer","description":"Revision of the mobile client protocol."},"desktop":{"type":"integer","description":"Revision of the desktop application protocol."}}},"time":{"$ref":"contract#/$defs/ResponseTime"}}};

function validate88(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate88.evaluated;
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
validate88.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.result !== undefined){
let data0 = data.result;
const _errs1 = errors;
if(errors === _errs1){
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
let missing1;
if(((((data0.rest === undefined) && (missing1 = "rest")) || ((data0.web === undefined) && (missing1 = "web"))) || ((data0.mobile === undefined) && (missing1 = "mobile"))) || ((data0.desktop === undefined) && (missing1 = "desktop"))){
validate88.errors = [{instancePath:instancePath+"/result",schemaPath:"#/properties/result/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data0.rest !== undefined){
let data1 = data0.rest;
const _errs3 = errors;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
validate88.errors = [{instancePath:instancePath+"/result/rest",schemaPath:"#/properties/result/properties/rest/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid1 = _errs3 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data0.web !== undefined){
let data2 = data0.web;
const _errs5 = errors;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
validate88.errors = [{instancePath:instancePath+"/result/web",schemaPath:"#/properties/result/properties/web/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid1 = _errs5 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data0.mobile !== undefined){
let data3 = data0.mobile;
const _errs7 = errors;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
validate88.errors = [{instancePath:instancePath+"/result/mobile",schemaPath:"#/properties/result/properties/mobile/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid1 = _errs7 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data0.desktop !== undefined){
let data4 = data0.desktop;
const _errs9 = errors;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
validate88.errors = [{instancePath:instancePath+"/result/desktop",schemaPath:"#/properties/result/properties/desktop/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid1 = _errs9 === errors;
}
else {
var valid1 = true;
}
}
}
}
}
}
else {
validate88.errors = [{instancePath:instancePath+"/result",schemaPath:"#/properties/result/type",keyword:"type",params:{type: "object"},message:"must be object"}];
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
let data5 = data.time;
const _errs11 = errors;
const _errs12 = errors;
if(errors === _errs12){
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
let missing2;
if(((((((data5.start === undefined) && (missing2 = "start")) || ((data5.finish === undefined) && (missing2 = "finish"))) || ((data5.duration === undefined) && (missing2 = "duration"))) || ((data5.processing === undefined) && (missing2 = "processing"))) || ((data5.date_start === undefined) && (missing2 = "date_start"))) || ((data5.date_finish === undefined) && (missing2 = "date_finish"))){
validate88.errors = [{instancePath:instancePath+"/time",schemaPath:"contract#/$defs/ResponseTime/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
if(data5.start !== undefined){
let data6 = data5.start;
const _errs14 = errors;
if(!((typeof data6 == "number") && (isFinite(data6)))){
validate88.errors = [{instancePath:instancePath+"/time/start",schemaPath:"contract#/$defs/ResponseTime/properties/start/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid3 = _errs14 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data5.finish !== undefined){
let data7 = data5.finish;
const _errs17 = errors;
if(!((typeof data7 == "number") && (isFinite(data7)))){
validate88.errors = [{instancePath:instancePath+"/time/finish",schemaPath:"contract#/$defs/ResponseTime/properties/finish/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid3 = _errs17 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data5.duration !== undefined){
let data8 = data5.duration;
const _errs20 = errors;
if(!((typeof data8 == "number") && (isFinite(data8)))){
validate88.errors = [{instancePath:instancePath+"/time/duration",schemaPath:"contract#/$defs/ResponseTime/properties/duration/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid3 = _errs20 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data5.processing !== undefined){
let data9 = data5.processing;
const _errs23 = errors;
if(!((typeof data9 == "number") && (isFinite(data9)))){
validate88.errors = [{instancePath:instancePath+"/time/processing",schemaPath:"contract#/$defs/ResponseTime/properties/processing/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid3 = _errs23 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data5.date_start !== undefined){
let data10 = data5.date_start;
const _errs26 = errors;
if(errors === _errs26){
if(errors === _errs26){
if(typeof data10 === "string"){
if(!(formats0(data10))){
validate88.errors = [{instancePath:instancePath+"/time/date_start",schemaPath:"contract#/$defs/ResponseTime/properties/date_start/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate88.errors = [{instancePath:instancePath+"/time/date_start",schemaPath:"contract#/$defs/ResponseTime/properties/date_start/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid3 = _errs26 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data5.date_finish !== undefined){
let data11 = data5.date_finish;
const _errs29 = errors;
if(errors === _errs29){
if(errors === _errs29){
if(typeof data11 === "string"){
if(!(formats0(data11))){
validate88.errors = [{instancePath:instancePath+"/time/date_finish",schemaPath:"contract#/$defs/ResponseTime/properties/date_finish/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate88.errors = [{instancePath:instancePath+"/time/date_finish",schemaPath:"contract#/$defs/ResponseTime/properties/date_finish/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid3 = _errs29 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data5.operating !== undefined){
let data12 = data5.operating;
const _errs32 = errors;
if(!((typeof data12 == "number") && (isFinite(data12)))){
validate88.errors = [{instancePath:instancePath+"/time/operating",schemaPath:"contract#/$defs/ResponseTime/properties/operating/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid3 = _errs32 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data5.operating_reset_at !== undefined){
let data13 = data5.operating_reset_at;
const _errs35 = errors;
if(!(((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13))) && (isFinite(data13)))){
validate88.errors = [{instancePath:instancePath+"/time/operating_reset_at",schemaPath:"contract#/$defs/ResponseTime/properties/operating_reset_at/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid3 = _errs35 === errors;
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
else {
validate88.errors = [{instancePath:instancePath+"/time",schemaPath:"contract#/$defs/ResponseTime/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
}
}
}
else {
validate88.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate88.errors = vErrors;
return errors === 0;
}
validate88.evaluated = {"props":{"result":true,"time":true},"dynamicProps":false,"dynamicItems":false};


function validate87(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="imbotV2RevisionGetSuccess" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate87.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate88(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate88.errors : vErrors.concat(validate88.errors);
errors = vErrors.length;
}
validate87.errors = vErrors;
return errors === 0;
}
validate87.evaluated = {"props":{"result":true,"time":true},"dynamicProps":false,"dynamicItems":false};

export const imbotV2ChatMessageSendParams = validate283;
const schema329 = {"$id":"imbotV2ChatMessageSendParams","$ref":"contract#/$defs/ImbotV2ChatMessageSendParams"};
const schema330 = {"type":"object","description":"Parameters of imbot.v2.Chat.Message.send.","required":["botId","dialogId"],"properties":{"botId":{"$ref":"contract#/$defs/BotId","description":"Id of the bot acting. Missing: BOT_ID_REQUIRED.","x-bitrix-empty-error":"BOT_ID_REQUIRED"},"botToken":{"$ref":"contract#/$defs/BotToken","x-bitrix-webhook-required":"BOT_TOKEN_NOT_SPECIFIED","description":"The bot token set at Bot.register. Needed when calling through an incoming webhook (missing: BOT_TOKEN_NOT_SPECIFIED); OAuth calls leave it out."},"dialogId":{"$ref":"contract#/$defs/DialogId","description":"The dialog: chat{id} for a group chat, the user id for a one-to-one dialog."},"fields":{"type":"object","description":"The message. It needs text or an attachment (else EMPTY_MESSAGE).","properties":{"message":{"$ref":"contract#/$defs/ImbotV2MessageText","description":"Text, at most 20,000 characters."},"attach":{"$ref":"contract#/$defs/ImbotV2Attach"},"keyboard":{"$ref":"contract#/$defs/ImbotV2Keyboard"},"system":{"type":"boolean","description":"Send as a system message (authorId 0; the bot cannot edit it later). JSON booleans; portals also read \"Y\"/\"N\".","default":false},"urlPreview":{"type":"boolean","description":"Show link previews. JSON booleans; portals also read \"Y\"/\"N\".","default":true},"replyId":{"type":"integer","minimum":1,"description":"Id of the message this one replies to."},"templateId":{"type":"string","format":"uuid","description":"UUID of a message template."},"forwardIds":{"type":"object","maxProperties":100,"description":"Messages to forward, as {uuid: messageId}: the keys are any UUIDs the caller picks, answered back in uuidMap with the new ids. Up to 100, only from chats the bot is in.","propertyNames":{"format":"uuid"},"additionalProperties":{"type":"integer","minimum":1}},"skipConnector":{"type":"boolean","description":"Not in the page's table; named by the change log (BOT-FIX-0402-2): do not pass the message to an Open Channel connector. JSON booleans; portals also read \"Y\"/\"N\"."},"silentConnector":{"type":"boolean","description":"Not in the page's table; named by the change log (BOT-FIX-0402-2): pass the message to the connector without notifying. JSON booleans; portals also read \"Y\"/\"N\"."}}}}};
const schema334 = {"type":"string","maxLength":20000,"description":"Message text (BB codes allowed), at most 20,000 characters: the limit of the chat-bots-v2 overview and the method pages. The send page says portals cut a longer text and append \" (...)\"; this contract rejects it (INVALID_FORMAT) so nothing is lost silently.","example":"Hello from bot!"};
const schema335 = {"description":"Rich attachment (V2/messages/attachments/index.md): the full form, an object with ID, COLOR_TOKEN, COLOR and BLOCKS, or the short form, an array of blocks. Each block is an object with one key naming its type (MESSAGE, LINK, USER, GRID, IMAGE, FILE, DELIMITER). The method pages type it as an array; the attachments page documents both forms. Blocks are not checked further here.","oneOf":[{"type":"array","items":{"type":"object"}},{"type":"object","properties":{"ID":{"type":"integer","description":"Attachment id."},"COLOR_TOKEN":{"type":"string","description":"Colour token, e.g. primary, secondary, alert, base."},"COLOR":{"type":"string","description":"Colour, hex."},"BLOCKS":{"type":"array","items":{"type":"object"}}}}]};
const schema336 = {"description":"Buttons under a message: the short form (an array of buttons) or the full form (an object with BUTTONS and, for updates, the BOT_ID that routes the button commands). The method pages type it as an array; the keyboards page documents both forms.","oneOf":[{"type":"array","items":{"$ref":"contract#/$defs/ImbotV2KeyboardButton"}},{"type":"object","required":["BUTTONS"],"properties":{"BOT_ID":{"type":"integer","minimum":1,"description":"Bot that receives the button commands."},"BUTTONS":{"type":"array","items":{"$ref":"contract#/$defs/ImbotV2KeyboardButton"}}}}]};
const schema337 = {"type":"object","description":"One keyboard button (V2/messages/message-keyboards.md). Keys are upper case as on the page. A button needs TEXT and one action (LINK, COMMAND, ACTION with ACTION_VALUE, or APP_ID); a button with only TYPE NEWLINE starts a new row. The schema does not enforce those combinations: portals decide.","properties":{"TEXT":{"type":"string","description":"Caption."},"TYPE":{"type":"string","enum":["NEWLINE"],"description":"NEWLINE puts the next buttons on a new row."},"LINK":{"type":"string","description":"http(s) URL or a relative path starting with /."},"COMMAND":{"type":"string","description":"Bot command run on press (ONIMBOTV2COMMANDADD, context keyboard)."},"COMMAND_PARAMS":{"type":"string","description":"Parameters for COMMAND."},"ACTION":{"type":"string","enum":["PUT","SEND","COPY","CALL","DIALOG"],"description":"Client-side action."},"ACTION_VALUE":{"type":"string","description":"Text, phone number or dialog id for ACTION."},"APP_ID":{"type":"integer","minimum":1,"description":"Chat application to open (deprecated by the page)."},"APP_PARAMS":{"type":"string","description":"Launch parameters for APP_ID (deprecated by the page)."},"BLOCK":{"type":"string","enum":["Y","N"],"description":"Y: disable a COMMAND button after one press. Default N."},"DISABLED":{"type":"string","enum":["Y","N"],"description":"Y: the button is inactive. Default N."},"CONTEXT":{"type":"string","enum":["MOBILE","DESKTOP","ALL"],"description":"Where to show it. Default ALL."},"DISPLAY":{"type":"string","enum":["LINE","BLOCK"],"description":"Inline or full-width. Default BLOCK."},"WIDTH":{"type":"integer","minimum":1,"description":"Width in pixels."},"BG_COLOR":{"type":"string","description":"Background colour, hex."},"BG_COLOR_TOKEN":{"type":"string","enum":["primary","secondary","alert","base"],"description":"Background colour token. Default base."},"TEXT_COLOR":{"type":"string","description":"Text colour, hex."},"OFF_BG_COLOR":{"type":"string","description":"Background colour when inactive."},"OFF_TEXT_COLOR":{"type":"string","description":"Text colour when inactive."}},"example":{"TEXT":"Open","LINK":"https://example.com","BG_COLOR_TOKEN":"primary"}};

function validate285(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate285.evaluated;
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
if(errors === _errs1){
if(Array.isArray(data)){
var valid1 = true;
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
let data0 = data[i0];
const _errs3 = errors;
const _errs4 = errors;
if(errors === _errs4){
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.TEXT !== undefined){
const _errs7 = errors;
if(typeof data0.TEXT !== "string"){
const err0 = {instancePath:instancePath+"/" + i0+"/TEXT",schemaPath:"contract#/$defs/ImbotV2KeyboardButton/properties/TEXT/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var valid3 = _errs7 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data0.TYPE !== undefined){
let data2 = data0.TYPE;
const _errs9 = errors;
if(typeof data2 !== "string"){
const err1 = {instancePath:instancePath+"/" + i0+"/TYPE",schemaPath:"contract#/$defs/ImbotV2KeyboardButton/properties/TYPE/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(!(data2 === "NEWLINE")){
const err2 = {instancePath:instancePath+"/" + i0+"/TYPE",schemaPath:"contract#/$defs/ImbotV2KeyboardButton/properties/TYPE/enum",keyword:"enum",params:{allowedValues: schema337.properties.TYPE.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
var valid3 = _errs9 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data0.LINK !== undefined){
const _errs11 = errors;
if(typeof data0.LINK !== "string"){
const err3 = {instancePath:instancePath+"/" + i0+"/LINK",schemaPath:"contract#/$defs/ImbotV2KeyboardButton/properties/LINK/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
var valid3 = _errs11 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data0.COMMAND !== undefined){
const _errs13 = errors;
if(typeof data0.COMMAND !== "string"){
const err4 = {instancePath:instancePath+"/" + i0+"/COMMAND",schemaPath:"contract#/$defs/ImbotV2KeyboardButton/properties/COMMAND/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var valid3 = _errs13 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data0.COMMAND_PARAMS !== undefined){
const _errs15 = errors;
if(typeof data0.COMMAND_PARAMS !== "string"){
const err5 = {instancePath:instancePath+"/" + i0+"/COMMAND_PARAMS",schemaPath:"contract#/$defs/ImbotV2KeyboardButton/properties/COMMAND_PARAMS/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
var valid3 = _errs15 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data0.ACTION !== undefined){
let data6 = data0.ACTION;
const _errs17 = errors;
if(typeof data6 !== "string"){
const err6 = {instancePath:instancePath+"/" + i0+"/ACTION",schemaPath:"contract#/$defs/ImbotV2KeyboardButton/properties/ACTION/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!(((((data6 === "PUT") || (data6 === "SEND")) || (data6 === "COPY")) || (data6 === "CALL")) || (data6 === "DIALOG"))){
const err7 = {instancePath:instancePath+"/" + i0+"/ACTION",schemaPath:"contract#/$defs/ImbotV2KeyboardButton/properties/ACTION/enum",keyword:"enum",params:{allowedValues: schema337.properties.ACTION.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var valid3 = _errs17 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data0.ACTION_VALUE !== undefined){
const _errs19 = errors;
if(typeof data0.ACTION_VALUE !== "string"){
const err8 = {instancePath:instancePath+"/" + i0+"/ACTION_VALUE",schemaPath:"contract#/$defs/ImbotV2KeyboardButton/properties/ACTION_VALUE/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
var valid3 = _errs19 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data0.APP_ID !== undefined){
let data8 = data0.APP_ID;
const _errs21 = errors;
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
const err9 = {instancePath:instancePath+"/" + i0+"/APP_ID",schemaPath:"contract#/$defs/ImbotV2KeyboardButton/properties/APP_ID/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(errors === _errs21){
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 < 1 || isNaN(data8)){
const err10 = {instancePath:instancePath+"/" + i0+"/APP_ID",schemaPath:"contract#/$defs/ImbotV2KeyboardButton/properties/APP_ID/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
var valid3 = _errs21 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data0.APP_PARAMS !== undefined){
const _errs23 = errors;
if(typeof data0.APP_PARAMS !== "string"){
const err11 = {instancePath:instancePath+"/" + i0+"/APP_PARAMS",schemaPath:"contract#/$defs/ImbotV2KeyboardButton/properties/APP_PARAMS/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
var valid3 = _errs23 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data0.BLOCK !== undefined){
let data10 = data0.BLOCK;
const _errs25 = errors;
if(typeof data10 !== "string"){
const err12 = {instancePath:instancePath+"/" + i0+"/BLOCK",schemaPath:"contract#/$defs/ImbotV2KeyboardButton/properties/BLOCK/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(!((data10 === "Y") || (data10 === "N"))){
const err13 = {instancePath:instancePath+"/" + i0+"/BLOCK",schemaPath:"contract#/$defs/ImbotV2KeyboardButton/properties/BLOCK/enum",keyword:"enum",params:{allowedValues: schema337.properties.BLOCK.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
var valid3 = _errs25 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data0.DISABLED !== undefined){
let data11 = data0.DISABLED;
const _errs27 = errors;
if(typeof data11 !== "string"){
const err14 = {instancePath:instancePath+"/" + i0+"/DISABLED",schemaPath:"contract#/$defs/ImbotV2KeyboardButton/properties/DISABLED/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(!((data11 === "Y") || (data11 === "N"))){
const err15 = {instancePath:instancePath+"/" + i0+"/DISABLED",schemaPath:"contract#/$defs/ImbotV2KeyboardButton/properties/DISABLED/enum",keyword:"enum",params:{allowedValues: schema337.properties.DISABLED.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
var valid3 = _errs27 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data0.CONTEXT !== undefined){
let data12 = data0.CONTEXT;
const _errs29 = errors;
if(typeof data12 !== "string"){
const err16 = {instancePath:instancePath+"/" + i0+"/CONTEXT",schemaPath:"contract#/$defs/ImbotV2KeyboardButton/properties/CONTEXT/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(!(((data12 === "MOBILE") || (data12 === "DESKTOP")) || (data12 === "ALL"))){
const err17 = {instancePath:instancePath+"/" + i0+"/CONTEXT",schemaPath:"contract#/$defs/ImbotV2KeyboardButton/properties/CONTEXT/enum",keyword:"enum",params:{allowedValues: schema337.properties.CONTEXT.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
var valid3 = _errs29 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data0.DISPLAY !== undefined){
let data13 = data0.DISPLAY;
const _errs31 = errors;
if(typeof data13 !== "string"){
const err18 = {instancePath:instancePath+"/" + i0+"/DISPLAY",schemaPath:"contract#/$defs/ImbotV2KeyboardButton/properties/DISPLAY/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(!((data13 === "LINE") || (data13 === "BLOCK"))){
const err19 = {instancePath:instancePath+"/" + i0+"/DISPLAY",schemaPath:"contract#/$defs/ImbotV2KeyboardButton/properties/DISPLAY/enum",keyword:"enum",params:{allowedValues: schema337.properties.DISPLAY.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
var valid3 = _errs31 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data0.WIDTH !== undefined){
let data14 = data0.WIDTH;
const _errs33 = errors;
if(!(((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14))) && (isFinite(data14)))){
const err20 = {instancePath:instancePath+"/" + i0+"/WIDTH",schemaPath:"contract#/$defs/ImbotV2KeyboardButton/properties/WIDTH/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(errors === _errs33){
if((typeof data14 == "number") && (isFinite(data14))){
if(data14 < 1 || isNaN(data14)){
const err21 = {instancePath:instancePath+"/" + i0+"/WIDTH",schemaPath:"contract#/$defs/ImbotV2KeyboardButton/properties/WIDTH/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
var valid3 = _errs33 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data0.BG_COLOR !== undefined){
const _errs35 = errors;
if(typeof data0.BG_COLOR !== "string"){
const err22 = {instancePath:instancePath+"/" + i0+"/BG_COLOR",schemaPath:"contract#/$defs/ImbotV2KeyboardButton/properties/BG_COLOR/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
var valid3 = _errs35 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data0.BG_COLOR_TOKEN !== undefined){
let data16 = data0.BG_COLOR_TOKEN;
const _errs37 = errors;
if(typeof data16 !== "string"){
const err23 = {instancePath:instancePath+"/" + i0+"/BG_COLOR_TOKEN",schemaPath:"contract#/$defs/ImbotV2KeyboardButton/properties/BG_COLOR_TOKEN/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(!((((data16 === "primary") || (data16 === "secondary")) || (data16 === "alert")) || (data16 === "base"))){
const err24 = {instancePath:instancePath+"/" + i0+"/BG_COLOR_TOKEN",schemaPath:"contract#/$defs/ImbotV2KeyboardButton/properties/BG_COLOR_TOKEN/enum",keyword:"enum",params:{allowedValues: schema337.properties.BG_COLOR_TOKEN.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
var valid3 = _errs37 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data0.TEXT_COLOR !== undefined){
const _errs39 = errors;
if(typeof data0.TEXT_COLOR !== "string"){
const err25 = {instancePath:instancePath+"/" + i0+"/TEXT_COLOR",schemaPath:"contract#/$defs/ImbotV2KeyboardButton/properties/TEXT_COLOR/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
var valid3 = _errs39 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data0.OFF_BG_COLOR !== undefined){
const _errs41 = errors;
if(typeof data0.OFF_BG_COLOR !== "string"){
const err26 = {instancePath:instancePath+"/" + i0+"/OFF_BG_COLOR",schemaPath:"contract#/$defs/ImbotV2KeyboardButton/properties/OFF_BG_COLOR/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
var valid3 = _errs41 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data0.OFF_TEXT_COLOR !== undefined){
const _errs43 = errors;
if(typeof data0.OFF_TEXT_COLOR !== "string"){
const err27 = {instancePath:instancePath+"/" + i0+"/OFF_TEXT_COLOR",schemaPath:"contract#/$defs/ImbotV2KeyboardButton/properties/OFF_TEXT_COLOR/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
var valid3 = _errs43 === errors;
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
else {
const err28 = {instancePath:instancePath+"/" + i0,schemaPath:"contract#/$defs/ImbotV2KeyboardButton/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
var valid1 = _errs3 === errors;
if(!valid1){
break;
}
}
}
else {
const err29 = {instancePath,schemaPath:"#/oneOf/0/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
var _valid0 = _errs1 === errors;
if(_valid0){
valid0 = true;
passing0 = 0;
var items0 = true;
}
const _errs45 = errors;
if(errors === _errs45){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.BUTTONS === undefined) && (missing0 = "BUTTONS")){
const err30 = {instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
else {
if(data.BOT_ID !== undefined){
let data20 = data.BOT_ID;
const _errs47 = errors;
if(!(((typeof data20 == "number") && (!(data20 % 1) && !isNaN(data20))) && (isFinite(data20)))){
const err31 = {instancePath:instancePath+"/BOT_ID",schemaPath:"#/oneOf/1/properties/BOT_ID/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if(errors === _errs47){
if((typeof data20 == "number") && (isFinite(data20))){
if(data20 < 1 || isNaN(data20)){
const err32 = {instancePath:instancePath+"/BOT_ID",schemaPath:"#/oneOf/1/properties/BOT_ID/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
}
var valid4 = _errs47 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data.BUTTONS !== undefined){
let data21 = data.BUTTONS;
const _errs49 = errors;
if(errors === _errs49){
if(Array.isArray(data21)){
var valid5 = true;
const len1 = data21.length;
for(let i1=0; i1<len1; i1++){
let data22 = data21[i1];
const _errs51 = errors;
const _errs52 = errors;
if(errors === _errs52){
if(data22 && typeof data22 == "object" && !Array.isArray(data22)){
if(data22.TEXT !== undefined){
const _errs55 = errors;
if(typeof data22.TEXT !== "string"){
const err33 = {instancePath:instancePath+"/BUTTONS/" + i1+"/TEXT",schemaPath:"contract#/$defs/ImbotV2KeyboardButton/properties/TEXT/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
var valid7 = _errs55 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data22.TYPE !== undefined){
let data24 = data22.TYPE;
const _errs57 = errors;
if(typeof data24 !== "string"){
const err34 = {instancePath:instancePath+"/BUTTONS/" + i1+"/TYPE",schemaPath:"contract#/$defs/ImbotV2KeyboardButton/properties/TYPE/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if(!(data24 === "NEWLINE")){
const err35 = {instancePath:instancePath+"/BUTTONS/" + i1+"/TYPE",schemaPath:"contract#/$defs/ImbotV2KeyboardButton/properties/TYPE/enum",keyword:"enum",params:{allowedValues: schema337.properties.TYPE.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
var valid7 = _errs57 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data22.LINK !== undefined){
const _errs59 = errors;
if(typeof data22.LINK !== "string"){
const err36 = {instancePath:instancePath+"/BUTTONS/" + i1+"/LINK",schemaPath:"contract#/$defs/ImbotV2KeyboardButton/properties/LINK/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
var valid7 = _errs59 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data22.COMMAND !== undefined){
const _errs61 = errors;
if(typeof data22.COMMAND !== "string"){
const err37 = {instancePath:instancePath+"/BUTTONS/" + i1+"/COMMAND",schemaPath:"contract#/$defs/ImbotV2KeyboardButton/properties/COMMAND/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
var valid7 = _errs61 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data22.COMMAND_PARAMS !== undefined){
const _errs63 = errors;
if(typeof data22.COMMAND_PARAMS !== "string"){
const err38 = {instancePath:instancePath+"/BUTTONS/" + i1+"/COMMAND_PARAMS",schemaPath:"contract#/$defs/ImbotV2KeyboardButton/properties/COMMAND_PARAMS/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
var valid7 = _errs63 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data22.ACTION !== undefined){
let data28 = data22.ACTION;
const _errs65 = errors;
if(typeof data28 !== "string"){
const err39 = {instancePath:instancePath+"/BUTTONS/" + i1+"/ACTION",schemaPath:"contract#/$defs/ImbotV2KeyboardButton/properties/ACTION/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
if(!(((((data28 === "PUT") || (data28 === "SEND")) || (data28 === "COPY")) || (data28 === "CALL")) || (data28 === "DIALOG"))){
const err40 = {instancePath:instancePath+"/BUTTONS/" + i1+"/ACTION",schemaPath:"contract#/$defs/ImbotV2KeyboardButton/properties/ACTION/enum",keyword:"enum",params:{allowedValues: schema337.properties.ACTION.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
var valid7 = _errs65 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data22.ACTION_VALUE !== undefined){
const _errs67 = errors;
if(typeof data22.ACTION_VALUE !== "string"){
const err41 = {instancePath:instancePath+"/BUTTONS/" + i1+"/ACTION_VALUE",schemaPath:"contract#/$defs/ImbotV2KeyboardButton/properties/ACTION_VALUE/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
var valid7 = _errs67 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data22.APP_ID !== undefined){
let data30 = data22.APP_ID;
const _errs69 = errors;
if(!(((typeof data30 == "number") && (!(data30 % 1) && !isNaN(data30))) && (isFinite(data30)))){
const err42 = {instancePath:instancePath+"/BUTTONS/" + i1+"/APP_ID",schemaPath:"contract#/$defs/ImbotV2KeyboardButton/properties/APP_ID/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
if(errors === _errs69){
if((typeof data30 == "number") && (isFinite(data30))){
if(data30 < 1 || isNaN(data30)){
const err43 = {instancePath:instancePath+"/BUTTONS/" + i1+"/APP_ID",schemaPath:"contract#/$defs/ImbotV2KeyboardButton/properties/APP_ID/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
}
var valid7 = _errs69 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data22.APP_PARAMS !== undefined){
const _errs71 = errors;
if(typeof data22.APP_PARAMS !== "string"){
const err44 = {instancePath:instancePath+"/BUTTONS/" + i1+"/APP_PARAMS",schemaPath:"contract#/$defs/ImbotV2KeyboardButton/properties/APP_PARAMS/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
var valid7 = _errs71 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data22.BLOCK !== undefined){
let data32 = data22.BLOCK;
const _errs73 = errors;
if(typeof data32 !== "string"){
const err45 = {instancePath:instancePath+"/BUTTONS/" + i1+"/BLOCK",schemaPath:"contract#/$defs/ImbotV2KeyboardButton/properties/BLOCK/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
if(!((data32 === "Y") || (data32 === "N"))){
const err46 = {instancePath:instancePath+"/BUTTONS/" + i1+"/BLOCK",schemaPath:"contract#/$defs/ImbotV2KeyboardButton/properties/BLOCK/enum",keyword:"enum",params:{allowedValues: schema337.properties.BLOCK.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
var valid7 = _errs73 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data22.DISABLED !== undefined){
let data33 = data22.DISABLED;
const _errs75 = errors;
if(typeof data33 !== "string"){
const err47 = {instancePath:instancePath+"/BUTTONS/" + i1+"/DISABLED",schemaPath:"contract#/$defs/ImbotV2KeyboardButton/properties/DISABLED/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
if(!((data33 === "Y") || (data33 === "N"))){
const err48 = {instancePath:instancePath+"/BUTTONS/" + i1+"/DISABLED",schemaPath:"contract#/$defs/ImbotV2KeyboardButton/properties/DISABLED/enum",keyword:"enum",params:{allowedValues: schema337.properties.DISABLED.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
var valid7 = _errs75 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data22.CONTEXT !== undefined){
let data34 = data22.CONTEXT;
const _errs77 = errors;
if(typeof data34 !== "string"){
const err49 = {instancePath:instancePath+"/BUTTONS/" + i1+"/CONTEXT",schemaPath:"contract#/$defs/ImbotV2KeyboardButton/properties/CONTEXT/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
if(!(((data34 === "MOBILE") || (data34 === "DESKTOP")) || (data34 === "ALL"))){
const err50 = {instancePath:instancePath+"/BUTTONS/" + i1+"/CONTEXT",schemaPath:"contract#/$defs/ImbotV2KeyboardButton/properties/CONTEXT/enum",keyword:"enum",params:{allowedValues: schema337.properties.CONTEXT.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
var valid7 = _errs77 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data22.DISPLAY !== undefined){
let data35 = data22.DISPLAY;
const _errs79 = errors;
if(typeof data35 !== "string"){
const err51 = {instancePath:instancePath+"/BUTTONS/" + i1+"/DISPLAY",schemaPath:"contract#/$defs/ImbotV2KeyboardButton/properties/DISPLAY/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
if(!((data35 === "LINE") || (data35 === "BLOCK"))){
const err52 = {instancePath:instancePath+"/BUTTONS/" + i1+"/DISPLAY",schemaPath:"contract#/$defs/ImbotV2KeyboardButton/properties/DISPLAY/enum",keyword:"enum",params:{allowedValues: schema337.properties.DISPLAY.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
var valid7 = _errs79 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data22.WIDTH !== undefined){
let data36 = data22.WIDTH;
const _errs81 = errors;
if(!(((typeof data36 == "number") && (!(data36 % 1) && !isNaN(data36))) && (isFinite(data36)))){
const err53 = {instancePath:instancePath+"/BUTTONS/" + i1+"/WIDTH",schemaPath:"contract#/$defs/ImbotV2KeyboardButton/properties/WIDTH/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
if(errors === _errs81){
if((typeof data36 == "number") && (isFinite(data36))){
if(data36 < 1 || isNaN(data36)){
const err54 = {instancePath:instancePath+"/BUTTONS/" + i1+"/WIDTH",schemaPath:"contract#/$defs/ImbotV2KeyboardButton/properties/WIDTH/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
}
var valid7 = _errs81 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data22.BG_COLOR !== undefined){
const _errs83 = errors;
if(typeof data22.BG_COLOR !== "string"){
const err55 = {instancePath:instancePath+"/BUTTONS/" + i1+"/BG_COLOR",schemaPath:"contract#/$defs/ImbotV2KeyboardButton/properties/BG_COLOR/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
var valid7 = _errs83 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data22.BG_COLOR_TOKEN !== undefined){
let data38 = data22.BG_COLOR_TOKEN;
const _errs85 = errors;
if(typeof data38 !== "string"){
const err56 = {instancePath:instancePath+"/BUTTONS/" + i1+"/BG_COLOR_TOKEN",schemaPath:"contract#/$defs/ImbotV2KeyboardButton/properties/BG_COLOR_TOKEN/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
if(!((((data38 === "primary") || (data38 === "secondary")) || (data38 === "alert")) || (data38 === "base"))){
const err57 = {instancePath:instancePath+"/BUTTONS/" + i1+"/BG_COLOR_TOKEN",schemaPath:"contract#/$defs/ImbotV2KeyboardButton/properties/BG_COLOR_TOKEN/enum",keyword:"enum",params:{allowedValues: schema337.properties.BG_COLOR_TOKEN.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
var valid7 = _errs85 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data22.TEXT_COLOR !== undefined){
const _errs87 = errors;
if(typeof data22.TEXT_COLOR !== "string"){
const err58 = {instancePath:instancePath+"/BUTTONS/" + i1+"/TEXT_COLOR",schemaPath:"contract#/$defs/ImbotV2KeyboardButton/properties/TEXT_COLOR/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
var valid7 = _errs87 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data22.OFF_BG_COLOR !== undefined){
const _errs89 = errors;
if(typeof data22.OFF_BG_COLOR !== "string"){
const err59 = {instancePath:instancePath+"/BUTTONS/" + i1+"/OFF_BG_COLOR",schemaPath:"contract#/$defs/ImbotV2KeyboardButton/properties/OFF_BG_COLOR/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
var valid7 = _errs89 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data22.OFF_TEXT_COLOR !== undefined){
const _errs91 = errors;
if(typeof data22.OFF_TEXT_COLOR !== "string"){
const err60 = {instancePath:instancePath+"/BUTTONS/" + i1+"/OFF_TEXT_COLOR",schemaPath:"contract#/$defs/ImbotV2KeyboardButton/properties/OFF_TEXT_COLOR/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
var valid7 = _errs91 === errors;
}
else {
var valid7 = true;
}
}
}
}
}
}
}
}
}
}
}
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
const err61 = {instancePath:instancePath+"/BUTTONS/" + i1,schemaPath:"contract#/$defs/ImbotV2KeyboardButton/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
var valid5 = _errs51 === errors;
if(!valid5){
break;
}
}
}
else {
const err62 = {instancePath:instancePath+"/BUTTONS",schemaPath:"#/oneOf/1/properties/BUTTONS/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
var valid4 = _errs49 === errors;
}
else {
var valid4 = true;
}
}
}
}
else {
const err63 = {instancePath,schemaPath:"#/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
var _valid0 = _errs45 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid0 = true;
passing0 = 1;
var props0 = {};
props0.BOT_ID = true;
props0.BUTTONS = true;
}
}
if(!valid0){
const err64 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
validate285.errors = vErrors;
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
validate285.errors = vErrors;
evaluated0.props = props0;
evaluated0.items = items0;
return errors === 0;
}
validate285.evaluated = {"dynamicProps":true,"dynamicItems":true};

const formats194 = formats.uuid;

function validate284(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate284.evaluated;
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
validate284.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.botId !== undefined){
let data0 = data.botId;
const _errs1 = errors;
const _errs2 = errors;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
validate284.errors = [{instancePath:instancePath+"/botId",schemaPath:"contract#/$defs/BotId/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs2){
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 < 1 || isNaN(data0)){
validate284.errors = [{instancePath:instancePath+"/botId",schemaPath:"contract#/$defs/BotId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
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
const _errs6 = errors;
const _errs7 = errors;
if(errors === _errs7){
if(typeof data1 === "string"){
if(func1(data1) > 40){
validate284.errors = [{instancePath:instancePath+"/botToken",schemaPath:"contract#/$defs/BotToken/maxLength",keyword:"maxLength",params:{limit: 40},message:"must NOT have more than 40 characters"}];
return false;
}
else {
if(func1(data1) < 1){
validate284.errors = [{instancePath:instancePath+"/botToken",schemaPath:"contract#/$defs/BotToken/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate284.errors = [{instancePath:instancePath+"/botToken",schemaPath:"contract#/$defs/BotToken/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.dialogId !== undefined){
let data2 = data.dialogId;
const _errs11 = errors;
const _errs12 = errors;
if(errors === _errs12){
if(typeof data2 === "string"){
if(!pattern4.test(data2)){
validate284.errors = [{instancePath:instancePath+"/dialogId",schemaPath:"contract#/$defs/DialogId/pattern",keyword:"pattern",params:{pattern: "^(chat[1-9][0-9]*|[1-9][0-9]*)$"},message:"must match pattern \""+"^(chat[1-9][0-9]*|[1-9][0-9]*)$"+"\""}];
return false;
}
}
else {
validate284.errors = [{instancePath:instancePath+"/dialogId",schemaPath:"contract#/$defs/DialogId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.fields !== undefined){
let data3 = data.fields;
const _errs15 = errors;
if(errors === _errs15){
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.system === undefined){
data3.system = false;
}
if(data3.urlPreview === undefined){
data3.urlPreview = true;
}
if(data3.message !== undefined){
let data4 = data3.message;
const _errs17 = errors;
const _errs18 = errors;
if(errors === _errs18){
if(typeof data4 === "string"){
if(func1(data4) > 20000){
validate284.errors = [{instancePath:instancePath+"/fields/message",schemaPath:"contract#/$defs/ImbotV2MessageText/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters"}];
return false;
}
}
else {
validate284.errors = [{instancePath:instancePath+"/fields/message",schemaPath:"contract#/$defs/ImbotV2MessageText/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid4 = _errs17 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data3.attach !== undefined){
let data5 = data3.attach;
const _errs21 = errors;
const _errs23 = errors;
let valid7 = false;
let passing0 = null;
const _errs24 = errors;
if(errors === _errs24){
if(Array.isArray(data5)){
var valid8 = true;
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
let data6 = data5[i0];
const _errs26 = errors;
if(!(data6 && typeof data6 == "object" && !Array.isArray(data6))){
const err0 = {instancePath:instancePath+"/fields/attach/" + i0,schemaPath:"contract#/$defs/ImbotV2Attach/oneOf/0/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var valid8 = _errs26 === errors;
if(!valid8){
break;
}
}
}
else {
const err1 = {instancePath:instancePath+"/fields/attach",schemaPath:"contract#/$defs/ImbotV2Attach/oneOf/0/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
var _valid0 = _errs24 === errors;
if(_valid0){
valid7 = true;
passing0 = 0;
}
const _errs28 = errors;
if(errors === _errs28){
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.ID !== undefined){
let data7 = data5.ID;
const _errs30 = errors;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
const err2 = {instancePath:instancePath+"/fields/attach/ID",schemaPath:"contract#/$defs/ImbotV2Attach/oneOf/1/properties/ID/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
var valid9 = _errs30 === errors;
}
else {
var valid9 = true;
}
if(valid9){
if(data5.COLOR_TOKEN !== undefined){
const _errs32 = errors;
if(typeof data5.COLOR_TOKEN !== "string"){
const err3 = {instancePath:instancePath+"/fields/attach/COLOR_TOKEN",schemaPath:"contract#/$defs/ImbotV2Attach/oneOf/1/properties/COLOR_TOKEN/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
var valid9 = _errs32 === errors;
}
else {
var valid9 = true;
}
if(valid9){
if(data5.COLOR !== undefined){
const _errs34 = errors;
if(typeof data5.COLOR !== "string"){
const err4 = {instancePath:instancePath+"/fields/attach/COLOR",schemaPath:"contract#/$defs/ImbotV2Attach/oneOf/1/properties/COLOR/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var valid9 = _errs34 === errors;
}
else {
var valid9 = true;
}
if(valid9){
if(data5.BLOCKS !== undefined){
let data10 = data5.BLOCKS;
const _errs36 = errors;
if(errors === _errs36){
if(Array.isArray(data10)){
var valid10 = true;
const len1 = data10.length;
for(let i1=0; i1<len1; i1++){
let data11 = data10[i1];
const _errs38 = errors;
if(!(data11 && typeof data11 == "object" && !Array.isArray(data11))){
const err5 = {instancePath:instancePath+"/fields/attach/BLOCKS/" + i1,schemaPath:"contract#/$defs/ImbotV2Attach/oneOf/1/properties/BLOCKS/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
var valid10 = _errs38 === errors;
if(!valid10){
break;
}
}
}
else {
const err6 = {instancePath:instancePath+"/fields/attach/BLOCKS",schemaPath:"contract#/$defs/ImbotV2Attach/oneOf/1/properties/BLOCKS/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
var valid9 = _errs36 === errors;
}
else {
var valid9 = true;
}
}
}
}
}
else {
const err7 = {instancePath:instancePath+"/fields/attach",schemaPath:"contract#/$defs/ImbotV2Attach/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
var _valid0 = _errs28 === errors;
if(_valid0 && valid7){
valid7 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid7 = true;
passing0 = 1;
var props0 = {};
props0.ID = true;
props0.COLOR_TOKEN = true;
props0.COLOR = true;
props0.BLOCKS = true;
}
}
if(!valid7){
const err8 = {instancePath:instancePath+"/fields/attach",schemaPath:"contract#/$defs/ImbotV2Attach/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
validate284.errors = vErrors;
return false;
}
else {
errors = _errs23;
if(vErrors !== null){
if(_errs23){
vErrors.length = _errs23;
}
else {
vErrors = null;
}
}
}
var valid4 = _errs21 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data3.keyboard !== undefined){
const _errs40 = errors;
if(!(validate285(data3.keyboard, {instancePath:instancePath+"/fields/keyboard",parentData:data3,parentDataProperty:"keyboard",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate285.errors : vErrors.concat(validate285.errors);
errors = vErrors.length;
}
var valid4 = _errs40 === errors;
}
else {
var valid4 = true;
}
if(valid4){
const _errs41 = errors;
if(typeof data3.system !== "boolean"){
validate284.errors = [{instancePath:instancePath+"/fields/system",schemaPath:"#/properties/fields/properties/system/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid4 = _errs41 === errors;
if(valid4){
const _errs43 = errors;
if(typeof data3.urlPreview !== "boolean"){
validate284.errors = [{instancePath:instancePath+"/fields/urlPreview",schemaPath:"#/properties/fields/properties/urlPreview/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid4 = _errs43 === errors;
if(valid4){
if(data3.replyId !== undefined){
let data15 = data3.replyId;
const _errs45 = errors;
if(!(((typeof data15 == "number") && (!(data15 % 1) && !isNaN(data15))) && (isFinite(data15)))){
validate284.errors = [{instancePath:instancePath+"/fields/replyId",schemaPath:"#/properties/fields/properties/replyId/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs45){
if((typeof data15 == "number") && (isFinite(data15))){
if(data15 < 1 || isNaN(data15)){
validate284.errors = [{instancePath:instancePath+"/fields/replyId",schemaPath:"#/properties/fields/properties/replyId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
var valid4 = _errs45 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data3.templateId !== undefined){
let data16 = data3.templateId;
const _errs47 = errors;
if(errors === _errs47){
if(errors === _errs47){
if(typeof data16 === "string"){
if(!(formats194(data16))){
validate284.errors = [{instancePath:instancePath+"/fields/templateId",schemaPath:"#/properties/fields/properties/templateId/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\""}];
return false;
}
}
else {
validate284.errors = [{instancePath:instancePath+"/fields/templateId",schemaPath:"#/properties/fields/properties/templateId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid4 = _errs47 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data3.forwardIds !== undefined){
let data17 = data3.forwardIds;
const _errs49 = errors;
if(errors === _errs49){
if(data17 && typeof data17 == "object" && !Array.isArray(data17)){
if(Object.keys(data17).length > 100){
validate284.errors = [{instancePath:instancePath+"/fields/forwardIds",schemaPath:"#/properties/fields/properties/forwardIds/maxProperties",keyword:"maxProperties",params:{limit: 100},message:"must NOT have more than 100 properties"}];
return false;
}
else {
for(const key0 in data17){
const _errs51 = errors;
if(errors === _errs51){
if(typeof key0 === "string"){
if(!(formats194(key0))){
const err9 = {instancePath:instancePath+"/fields/forwardIds",schemaPath:"#/properties/fields/properties/forwardIds/propertyNames/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\"",propertyName:key0};
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
var valid11 = _errs51 === errors;
if(!valid11){
const err10 = {instancePath:instancePath+"/fields/forwardIds",schemaPath:"#/properties/fields/properties/forwardIds/propertyNames",keyword:"propertyNames",params:{propertyName: key0},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
validate284.errors = vErrors;
return false;
break;
}
}
if(valid11){
for(const key1 in data17){
let data18 = data17[key1];
const _errs53 = errors;
if(!(((typeof data18 == "number") && (!(data18 % 1) && !isNaN(data18))) && (isFinite(data18)))){
validate284.errors = [{instancePath:instancePath+"/fields/forwardIds/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/fields/properties/forwardIds/additionalProperties/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs53){
if((typeof data18 == "number") && (isFinite(data18))){
if(data18 < 1 || isNaN(data18)){
validate284.errors = [{instancePath:instancePath+"/fields/forwardIds/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/fields/properties/forwardIds/additionalProperties/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
var valid12 = _errs53 === errors;
if(!valid12){
break;
}
}
}
}
}
else {
validate284.errors = [{instancePath:instancePath+"/fields/forwardIds",schemaPath:"#/properties/fields/properties/forwardIds/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid4 = _errs49 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data3.skipConnector !== undefined){
const _errs55 = errors;
if(typeof data3.skipConnector !== "boolean"){
validate284.errors = [{instancePath:instancePath+"/fields/skipConnector",schemaPath:"#/properties/fields/properties/skipConnector/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid4 = _errs55 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data3.silentConnector !== undefined){
const _errs57 = errors;
if(typeof data3.silentConnector !== "boolean"){
validate284.errors = [{instancePath:instancePath+"/fields/silentConnector",schemaPath:"#/properties/fields/properties/silentConnector/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid4 = _errs57 === errors;
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
}
else {
validate284.errors = [{instancePath:instancePath+"/fields",schemaPath:"#/properties/fields/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs15 === errors;
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
validate284.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate284.errors = vErrors;
return errors === 0;
}
validate284.evaluated = {"props":{"botId":true,"botToken":true,"dialogId":true,"fields":true},"dynamicProps":false,"dynamicItems":false};


function validate283(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="imbotV2ChatMessageSendParams" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate283.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate284(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate284.errors : vErrors.concat(validate284.errors);
errors = vErrors.length;
}
validate283.errors = vErrors;
return errors === 0;
}
validate283.evaluated = {"props":{"botId":true,"botToken":true,"dialogId":true,"fields":true},"dynamicProps":false,"dynamicItems":false};

export const imbotV2ChatMessageSendSuccess = validate90;
const schema110 = {"$id":"imbotV2ChatMessageSendSuccess","$ref":"contract#/$defs/ImbotV2ChatMessageSendSuccess"};
const schema111 = {"type":"object","description":"Success envelope of imbot.v2.Chat.Message.send.","required":["result","time"],"properties":{"result":{"$ref":"contract#/$defs/ImbotV2ChatMessageSendResult"},"time":{"$ref":"contract#/$defs/ResponseTime"}}};
const schema112 = {"type":"object","description":"What imbot.v2.Chat.Message.send returns.","required":["id","uuidMap"],"properties":{"id":{"$ref":"contract#/$defs/MessageId","description":"Id of the new message."},"uuidMap":{"type":"object","additionalProperties":{"type":"integer","minimum":1},"description":"For forwarded messages: the caller's UUID -> the new message id."}},"example":{"id":789,"uuidMap":{}}};
const schema113 = {"type":"integer","minimum":1,"description":"Id of a message.","example":789};

function validate92(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate92.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.id === undefined) && (missing0 = "id")) || ((data.uuidMap === undefined) && (missing0 = "uuidMap"))){
validate92.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.id !== undefined){
let data0 = data.id;
const _errs2 = errors;
const _errs3 = errors;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
validate92.errors = [{instancePath:instancePath+"/id",schemaPath:"contract#/$defs/MessageId/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs3){
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 < 1 || isNaN(data0)){
validate92.errors = [{instancePath:instancePath+"/id",schemaPath:"contract#/$defs/MessageId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
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
if(data.uuidMap !== undefined){
let data1 = data.uuidMap;
const _errs6 = errors;
if(errors === _errs6){
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
for(const key0 in data1){
let data2 = data1[key0];
const _errs9 = errors;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
validate92.errors = [{instancePath:instancePath+"/uuidMap/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/uuidMap/additionalProperties/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs9){
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 1 || isNaN(data2)){
validate92.errors = [{instancePath:instancePath+"/uuidMap/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/uuidMap/additionalProperties/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
var valid2 = _errs9 === errors;
if(!valid2){
break;
}
}
}
else {
validate92.errors = [{instancePath:instancePath+"/uuidMap",schemaPath:"#/properties/uuidMap/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
}
}
}
else {
validate92.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate92.errors = vErrors;
return errors === 0;
}
validate92.evaluated = {"props":{"id":true,"uuidMap":true},"dynamicProps":false,"dynamicItems":false};


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
let missing0;
if(((data.result === undefined) && (missing0 = "result")) || ((data.time === undefined) && (missing0 = "time"))){
validate91.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.result !== undefined){
const _errs1 = errors;
if(!(validate92(data.result, {instancePath:instancePath+"/result",parentData:data,parentDataProperty:"result",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate92.errors : vErrors.concat(validate92.errors);
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
validate91.errors = [{instancePath:instancePath+"/time",schemaPath:"contract#/$defs/ResponseTime/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data1.start !== undefined){
let data2 = data1.start;
const _errs5 = errors;
if(!((typeof data2 == "number") && (isFinite(data2)))){
validate91.errors = [{instancePath:instancePath+"/time/start",schemaPath:"contract#/$defs/ResponseTime/properties/start/type",keyword:"type",params:{type: "number"},message:"must be number"}];
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
const _errs8 = errors;
if(!((typeof data3 == "number") && (isFinite(data3)))){
validate91.errors = [{instancePath:instancePath+"/time/finish",schemaPath:"contract#/$defs/ResponseTime/properties/finish/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid2 = _errs8 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.duration !== undefined){
let data4 = data1.duration;
const _errs11 = errors;
if(!((typeof data4 == "number") && (isFinite(data4)))){
validate91.errors = [{instancePath:instancePath+"/time/duration",schemaPath:"contract#/$defs/ResponseTime/properties/duration/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid2 = _errs11 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.processing !== undefined){
let data5 = data1.processing;
const _errs14 = errors;
if(!((typeof data5 == "number") && (isFinite(data5)))){
validate91.errors = [{instancePath:instancePath+"/time/processing",schemaPath:"contract#/$defs/ResponseTime/properties/processing/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid2 = _errs14 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.date_start !== undefined){
let data6 = data1.date_start;
const _errs17 = errors;
if(errors === _errs17){
if(errors === _errs17){
if(typeof data6 === "string"){
if(!(formats0(data6))){
validate91.errors = [{instancePath:instancePath+"/time/date_start",schemaPath:"contract#/$defs/ResponseTime/properties/date_start/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate91.errors = [{instancePath:instancePath+"/time/date_start",schemaPath:"contract#/$defs/ResponseTime/properties/date_start/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid2 = _errs17 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.date_finish !== undefined){
let data7 = data1.date_finish;
const _errs20 = errors;
if(errors === _errs20){
if(errors === _errs20){
if(typeof data7 === "string"){
if(!(formats0(data7))){
validate91.errors = [{instancePath:instancePath+"/time/date_finish",schemaPath:"contract#/$defs/ResponseTime/properties/date_finish/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate91.errors = [{instancePath:instancePath+"/time/date_finish",schemaPath:"contract#/$defs/ResponseTime/properties/date_finish/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid2 = _errs20 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.operating !== undefined){
let data8 = data1.operating;
const _errs23 = errors;
if(!((typeof data8 == "number") && (isFinite(data8)))){
validate91.errors = [{instancePath:instancePath+"/time/operating",schemaPath:"contract#/$defs/ResponseTime/properties/operating/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid2 = _errs23 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.operating_reset_at !== undefined){
let data9 = data1.operating_reset_at;
const _errs26 = errors;
if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
validate91.errors = [{instancePath:instancePath+"/time/operating_reset_at",schemaPath:"contract#/$defs/ResponseTime/properties/operating_reset_at/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid2 = _errs26 === errors;
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
validate91.errors = [{instancePath:instancePath+"/time",schemaPath:"contract#/$defs/ResponseTime/type",keyword:"type",params:{type: "object"},message:"must be object"}];
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
validate91.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate91.errors = vErrors;
return errors === 0;
}
validate91.evaluated = {"props":{"result":true,"time":true},"dynamicProps":false,"dynamicItems":false};


function validate90(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="imbotV2ChatMessageSendSuccess" */;
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
validate90.evaluated = {"props":{"result":true,"time":true},"dynamicProps":false,"dynamicItems":false};

export const imbotV2ChatMessageUpdateParams = validate288;
const schema339 = {"$id":"imbotV2ChatMessageUpdateParams","$ref":"contract#/$defs/ImbotV2ChatMessageUpdateParams"};
const schema340 = {"type":"object","description":"Parameters of imbot.v2.Chat.Message.update.","required":["botId","messageId","fields"],"properties":{"botId":{"$ref":"contract#/$defs/BotId","description":"Id of the bot acting. Missing: BOT_ID_REQUIRED.","x-bitrix-empty-error":"BOT_ID_REQUIRED"},"botToken":{"$ref":"contract#/$defs/BotToken","x-bitrix-webhook-required":"BOT_TOKEN_NOT_SPECIFIED","description":"The bot token set at Bot.register. Needed when calling through an incoming webhook (missing: BOT_TOKEN_NOT_SPECIFIED); OAuth calls leave it out."},"messageId":{"$ref":"contract#/$defs/MessageId","description":"The message to edit."},"fields":{"type":"object","description":"What to change; fields left out stay.","properties":{"message":{"$ref":"contract#/$defs/ImbotV2MessageText","description":"New text, at most 20,000 characters."},"attach":{"$ref":"contract#/$defs/ImbotV2Attach"},"keyboard":{"description":"New keyboard, or the string \"N\" to remove it.","anyOf":[{"$ref":"contract#/$defs/ImbotV2Keyboard"},{"type":"string","const":"N"}]},"urlPreview":{"description":"Show link previews. This page types it as the string Y/N (default Y) where send takes a boolean; both forms are accepted.","enum":[true,false,"Y","N"]}}}}};

function validate289(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate289.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.botId === undefined) && (missing0 = "botId")) || ((data.messageId === undefined) && (missing0 = "messageId"))) || ((data.fields === undefined) && (missing0 = "fields"))){
validate289.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.botId !== undefined){
let data0 = data.botId;
const _errs1 = errors;
const _errs2 = errors;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
validate289.errors = [{instancePath:instancePath+"/botId",schemaPath:"contract#/$defs/BotId/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs2){
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 < 1 || isNaN(data0)){
validate289.errors = [{instancePath:instancePath+"/botId",schemaPath:"contract#/$defs/BotId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
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
const _errs6 = errors;
const _errs7 = errors;
if(errors === _errs7){
if(typeof data1 === "string"){
if(func1(data1) > 40){
validate289.errors = [{instancePath:instancePath+"/botToken",schemaPath:"contract#/$defs/BotToken/maxLength",keyword:"maxLength",params:{limit: 40},message:"must NOT have more than 40 characters"}];
return false;
}
else {
if(func1(data1) < 1){
validate289.errors = [{instancePath:instancePath+"/botToken",schemaPath:"contract#/$defs/BotToken/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate289.errors = [{instancePath:instancePath+"/botToken",schemaPath:"contract#/$defs/BotToken/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.messageId !== undefined){
let data2 = data.messageId;
const _errs11 = errors;
const _errs12 = errors;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
validate289.errors = [{instancePath:instancePath+"/messageId",schemaPath:"contract#/$defs/MessageId/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs12){
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 1 || isNaN(data2)){
validate289.errors = [{instancePath:instancePath+"/messageId",schemaPath:"contract#/$defs/MessageId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.fields !== undefined){
let data3 = data.fields;
const _errs15 = errors;
if(errors === _errs15){
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.message !== undefined){
let data4 = data3.message;
const _errs17 = errors;
const _errs18 = errors;
if(errors === _errs18){
if(typeof data4 === "string"){
if(func1(data4) > 20000){
validate289.errors = [{instancePath:instancePath+"/fields/message",schemaPath:"contract#/$defs/ImbotV2MessageText/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters"}];
return false;
}
}
else {
validate289.errors = [{instancePath:instancePath+"/fields/message",schemaPath:"contract#/$defs/ImbotV2MessageText/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid4 = _errs17 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data3.attach !== undefined){
let data5 = data3.attach;
const _errs21 = errors;
const _errs23 = errors;
let valid7 = false;
let passing0 = null;
const _errs24 = errors;
if(errors === _errs24){
if(Array.isArray(data5)){
var valid8 = true;
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
let data6 = data5[i0];
const _errs26 = errors;
if(!(data6 && typeof data6 == "object" && !Array.isArray(data6))){
const err0 = {instancePath:instancePath+"/fields/attach/" + i0,schemaPath:"contract#/$defs/ImbotV2Attach/oneOf/0/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var valid8 = _errs26 === errors;
if(!valid8){
break;
}
}
}
else {
const err1 = {instancePath:instancePath+"/fields/attach",schemaPath:"contract#/$defs/ImbotV2Attach/oneOf/0/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
var _valid0 = _errs24 === errors;
if(_valid0){
valid7 = true;
passing0 = 0;
}
const _errs28 = errors;
if(errors === _errs28){
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.ID !== undefined){
let data7 = data5.ID;
const _errs30 = errors;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
const err2 = {instancePath:instancePath+"/fields/attach/ID",schemaPath:"contract#/$defs/ImbotV2Attach/oneOf/1/properties/ID/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
var valid9 = _errs30 === errors;
}
else {
var valid9 = true;
}
if(valid9){
if(data5.COLOR_TOKEN !== undefined){
const _errs32 = errors;
if(typeof data5.COLOR_TOKEN !== "string"){
const err3 = {instancePath:instancePath+"/fields/attach/COLOR_TOKEN",schemaPath:"contract#/$defs/ImbotV2Attach/oneOf/1/properties/COLOR_TOKEN/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
var valid9 = _errs32 === errors;
}
else {
var valid9 = true;
}
if(valid9){
if(data5.COLOR !== undefined){
const _errs34 = errors;
if(typeof data5.COLOR !== "string"){
const err4 = {instancePath:instancePath+"/fields/attach/COLOR",schemaPath:"contract#/$defs/ImbotV2Attach/oneOf/1/properties/COLOR/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var valid9 = _errs34 === errors;
}
else {
var valid9 = true;
}
if(valid9){
if(data5.BLOCKS !== undefined){
let data10 = data5.BLOCKS;
const _errs36 = errors;
if(errors === _errs36){
if(Array.isArray(data10)){
var valid10 = true;
const len1 = data10.length;
for(let i1=0; i1<len1; i1++){
let data11 = data10[i1];
const _errs38 = errors;
if(!(data11 && typeof data11 == "object" && !Array.isArray(data11))){
const err5 = {instancePath:instancePath+"/fields/attach/BLOCKS/" + i1,schemaPath:"contract#/$defs/ImbotV2Attach/oneOf/1/properties/BLOCKS/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
var valid10 = _errs38 === errors;
if(!valid10){
break;
}
}
}
else {
const err6 = {instancePath:instancePath+"/fields/attach/BLOCKS",schemaPath:"contract#/$defs/ImbotV2Attach/oneOf/1/properties/BLOCKS/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
var valid9 = _errs36 === errors;
}
else {
var valid9 = true;
}
}
}
}
}
else {
const err7 = {instancePath:instancePath+"/fields/attach",schemaPath:"contract#/$defs/ImbotV2Attach/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
var _valid0 = _errs28 === errors;
if(_valid0 && valid7){
valid7 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid7 = true;
passing0 = 1;
var props0 = {};
props0.ID = true;
props0.COLOR_TOKEN = true;
props0.COLOR = true;
props0.BLOCKS = true;
}
}
if(!valid7){
const err8 = {instancePath:instancePath+"/fields/attach",schemaPath:"contract#/$defs/ImbotV2Attach/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
validate289.errors = vErrors;
return false;
}
else {
errors = _errs23;
if(vErrors !== null){
if(_errs23){
vErrors.length = _errs23;
}
else {
vErrors = null;
}
}
}
var valid4 = _errs21 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data3.keyboard !== undefined){
let data12 = data3.keyboard;
const _errs40 = errors;
const _errs41 = errors;
let valid11 = false;
const _errs42 = errors;
if(!(validate285(data12, {instancePath:instancePath+"/fields/keyboard",parentData:data3,parentDataProperty:"keyboard",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate285.errors : vErrors.concat(validate285.errors);
errors = vErrors.length;
}
var _valid1 = _errs42 === errors;
valid11 = valid11 || _valid1;
const _errs43 = errors;
if(typeof data12 !== "string"){
const err9 = {instancePath:instancePath+"/fields/keyboard",schemaPath:"#/properties/fields/properties/keyboard/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if("N" !== data12){
const err10 = {instancePath:instancePath+"/fields/keyboard",schemaPath:"#/properties/fields/properties/keyboard/anyOf/1/const",keyword:"const",params:{allowedValue: "N"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
var _valid1 = _errs43 === errors;
valid11 = valid11 || _valid1;
if(!valid11){
const err11 = {instancePath:instancePath+"/fields/keyboard",schemaPath:"#/properties/fields/properties/keyboard/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
validate289.errors = vErrors;
return false;
}
else {
errors = _errs41;
if(vErrors !== null){
if(_errs41){
vErrors.length = _errs41;
}
else {
vErrors = null;
}
}
}
var valid4 = _errs40 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data3.urlPreview !== undefined){
let data13 = data3.urlPreview;
const _errs45 = errors;
if(!((((data13 === true) || (data13 === false)) || (data13 === "Y")) || (data13 === "N"))){
validate289.errors = [{instancePath:instancePath+"/fields/urlPreview",schemaPath:"#/properties/fields/properties/urlPreview/enum",keyword:"enum",params:{allowedValues: schema340.properties.fields.properties.urlPreview.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid4 = _errs45 === errors;
}
else {
var valid4 = true;
}
}
}
}
}
else {
validate289.errors = [{instancePath:instancePath+"/fields",schemaPath:"#/properties/fields/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs15 === errors;
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
validate289.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate289.errors = vErrors;
return errors === 0;
}
validate289.evaluated = {"props":{"botId":true,"botToken":true,"messageId":true,"fields":true},"dynamicProps":false,"dynamicItems":false};


function validate288(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="imbotV2ChatMessageUpdateParams" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate288.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate289(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate289.errors : vErrors.concat(validate289.errors);
errors = vErrors.length;
}
validate288.errors = vErrors;
return errors === 0;
}
validate288.evaluated = {"props":{"botId":true,"botToken":true,"messageId":true,"fields":true},"dynamicProps":false,"dynamicItems":false};

export const imbotV2ChatMessageUpdateSuccess = validate95;
const schema115 = {"$id":"imbotV2ChatMessageUpdateSuccess","$ref":"contract#/$defs/ImbotV2ChatMessageUpdateSuccess"};
const schema116 = {"type":"object","description":"Success envelope of imbot.v2.Chat.Message.update.","required":["result","time"],"properties":{"result":{"$ref":"contract#/$defs/BooleanResult"},"time":{"$ref":"contract#/$defs/ResponseTime"}}};

function validate96(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate96.evaluated;
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
validate96.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.result !== undefined){
let data0 = data.result;
const _errs1 = errors;
const _errs2 = errors;
if(errors === _errs2){
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
let missing1;
if((data0.result === undefined) && (missing1 = "result")){
validate96.errors = [{instancePath:instancePath+"/result",schemaPath:"contract#/$defs/BooleanResult/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data0.result !== undefined){
if(typeof data0.result !== "boolean"){
validate96.errors = [{instancePath:instancePath+"/result/result",schemaPath:"contract#/$defs/BooleanResult/properties/result/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
}
}
}
else {
validate96.errors = [{instancePath:instancePath+"/result",schemaPath:"contract#/$defs/BooleanResult/type",keyword:"type",params:{type: "object"},message:"must be object"}];
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
let data2 = data.time;
const _errs8 = errors;
const _errs9 = errors;
if(errors === _errs9){
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
let missing2;
if(((((((data2.start === undefined) && (missing2 = "start")) || ((data2.finish === undefined) && (missing2 = "finish"))) || ((data2.duration === undefined) && (missing2 = "duration"))) || ((data2.processing === undefined) && (missing2 = "processing"))) || ((data2.date_start === undefined) && (missing2 = "date_start"))) || ((data2.date_finish === undefined) && (missing2 = "date_finish"))){
validate96.errors = [{instancePath:instancePath+"/time",schemaPath:"contract#/$defs/ResponseTime/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
if(data2.start !== undefined){
let data3 = data2.start;
const _errs11 = errors;
if(!((typeof data3 == "number") && (isFinite(data3)))){
validate96.errors = [{instancePath:instancePath+"/time/start",schemaPath:"contract#/$defs/ResponseTime/properties/start/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid4 = _errs11 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data2.finish !== undefined){
let data4 = data2.finish;
const _errs14 = errors;
if(!((typeof data4 == "number") && (isFinite(data4)))){
validate96.errors = [{instancePath:instancePath+"/time/finish",schemaPath:"contract#/$defs/ResponseTime/properties/finish/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid4 = _errs14 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data2.duration !== undefined){
let data5 = data2.duration;
const _errs17 = errors;
if(!((typeof data5 == "number") && (isFinite(data5)))){
validate96.errors = [{instancePath:instancePath+"/time/duration",schemaPath:"contract#/$defs/ResponseTime/properties/duration/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid4 = _errs17 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data2.processing !== undefined){
let data6 = data2.processing;
const _errs20 = errors;
if(!((typeof data6 == "number") && (isFinite(data6)))){
validate96.errors = [{instancePath:instancePath+"/time/processing",schemaPath:"contract#/$defs/ResponseTime/properties/processing/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid4 = _errs20 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data2.date_start !== undefined){
let data7 = data2.date_start;
const _errs23 = errors;
if(errors === _errs23){
if(errors === _errs23){
if(typeof data7 === "string"){
if(!(formats0(data7))){
validate96.errors = [{instancePath:instancePath+"/time/date_start",schemaPath:"contract#/$defs/ResponseTime/properties/date_start/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate96.errors = [{instancePath:instancePath+"/time/date_start",schemaPath:"contract#/$defs/ResponseTime/properties/date_start/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid4 = _errs23 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data2.date_finish !== undefined){
let data8 = data2.date_finish;
const _errs26 = errors;
if(errors === _errs26){
if(errors === _errs26){
if(typeof data8 === "string"){
if(!(formats0(data8))){
validate96.errors = [{instancePath:instancePath+"/time/date_finish",schemaPath:"contract#/$defs/ResponseTime/properties/date_finish/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate96.errors = [{instancePath:instancePath+"/time/date_finish",schemaPath:"contract#/$defs/ResponseTime/properties/date_finish/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid4 = _errs26 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data2.operating !== undefined){
let data9 = data2.operating;
const _errs29 = errors;
if(!((typeof data9 == "number") && (isFinite(data9)))){
validate96.errors = [{instancePath:instancePath+"/time/operating",schemaPath:"contract#/$defs/ResponseTime/properties/operating/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid4 = _errs29 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data2.operating_reset_at !== undefined){
let data10 = data2.operating_reset_at;
const _errs32 = errors;
if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){
validate96.errors = [{instancePath:instancePath+"/time/operating_reset_at",schemaPath:"contract#/$defs/ResponseTime/properties/operating_reset_at/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid4 = _errs32 === errors;
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
validate96.errors = [{instancePath:instancePath+"/time",schemaPath:"contract#/$defs/ResponseTime/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
}
}
}
else {
validate96.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate96.errors = vErrors;
return errors === 0;
}
validate96.evaluated = {"props":{"result":true,"time":true},"dynamicProps":false,"dynamicItems":false};


function validate95(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="imbotV2ChatMessageUpdateSuccess" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate95.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate96(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate96.errors : vErrors.concat(validate96.errors);
errors = vErrors.length;
}
validate95.errors = vErrors;
return errors === 0;
}
validate95.evaluated = {"props":{"result":true,"time":true},"dynamicProps":false,"dynamicItems":false};

export const imbotV2ChatMessageDeleteParams = validate292;
const schema346 = {"$id":"imbotV2ChatMessageDeleteParams","$ref":"contract#/$defs/ImbotV2ChatMessageDeleteParams"};
const schema347 = {"type":"object","description":"Parameters of imbot.v2.Chat.Message.delete.","required":["botId","messageId"],"properties":{"botId":{"$ref":"contract#/$defs/BotId","description":"Id of the bot acting. Missing: BOT_ID_REQUIRED.","x-bitrix-empty-error":"BOT_ID_REQUIRED"},"botToken":{"$ref":"contract#/$defs/BotToken","x-bitrix-webhook-required":"BOT_TOKEN_NOT_SPECIFIED","description":"The bot token set at Bot.register. Needed when calling through an incoming webhook (missing: BOT_TOKEN_NOT_SPECIFIED); OAuth calls leave it out."},"messageId":{"$ref":"contract#/$defs/MessageId","description":"The message to delete."},"complete":{"type":"boolean","description":"true: remove the record for good; false (default): mark it deleted. JSON booleans; portals also read \"Y\"/\"N\".","default":false}}};

function validate293(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate293.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.complete === undefined){
data.complete = false;
}
let missing0;
if(((data.botId === undefined) && (missing0 = "botId")) || ((data.messageId === undefined) && (missing0 = "messageId"))){
validate293.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.botId !== undefined){
let data0 = data.botId;
const _errs1 = errors;
const _errs2 = errors;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
validate293.errors = [{instancePath:instancePath+"/botId",schemaPath:"contract#/$defs/BotId/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs2){
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 < 1 || isNaN(data0)){
validate293.errors = [{instancePath:instancePath+"/botId",schemaPath:"contract#/$defs/BotId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
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
const _errs6 = errors;
const _errs7 = errors;
if(errors === _errs7){
if(typeof data1 === "string"){
if(func1(data1) > 40){
validate293.errors = [{instancePath:instancePath+"/botToken",schemaPath:"contract#/$defs/BotToken/maxLength",keyword:"maxLength",params:{limit: 40},message:"must NOT have more than 40 characters"}];
return false;
}
else {
if(func1(data1) < 1){
validate293.errors = [{instancePath:instancePath+"/botToken",schemaPath:"contract#/$defs/BotToken/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate293.errors = [{instancePath:instancePath+"/botToken",schemaPath:"contract#/$defs/BotToken/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.messageId !== undefined){
let data2 = data.messageId;
const _errs11 = errors;
const _errs12 = errors;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
validate293.errors = [{instancePath:instancePath+"/messageId",schemaPath:"contract#/$defs/MessageId/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs12){
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 1 || isNaN(data2)){
validate293.errors = [{instancePath:instancePath+"/messageId",schemaPath:"contract#/$defs/MessageId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
const _errs15 = errors;
if(typeof data.complete !== "boolean"){
validate293.errors = [{instancePath:instancePath+"/complete",schemaPath:"#/properties/complete/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs15 === errors;
}
}
}
}
}
else {
validate293.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate293.errors = vErrors;
return errors === 0;
}
validate293.evaluated = {"props":{"botId":true,"botToken":true,"messageId":true,"complete":true},"dynamicProps":false,"dynamicItems":false};


function validate292(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="imbotV2ChatMessageDeleteParams" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate292.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate293(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate293.errors : vErrors.concat(validate293.errors);
errors = vErrors.length;
}
validate292.errors = vErrors;
return errors === 0;
}
validate292.evaluated = {"props":{"botId":true,"botToken":true,"messageId":true,"complete":true},"dynamicProps":false,"dynamicItems":false};

export const imbotV2ChatMessageDeleteSuccess = validate98;
const schema119 = {"$id":"imbotV2ChatMessageDeleteSuccess","$ref":"contract#/$defs/ImbotV2ChatMessageDeleteSuccess"};
const schema120 = {"type":"object","description":"Success envelope of imbot.v2.Chat.Message.delete.","required":["result","time"],"properties":{"result":{"$ref":"contract#/$defs/BooleanResult"},"time":{"$ref":"contract#/$defs/ResponseTime"}}};

function validate99(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate99.evaluated;
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
validate99.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.result !== undefined){
let data0 = data.result;
const _errs1 = errors;
const _errs2 = errors;
if(errors === _errs2){
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
let missing1;
if((data0.result === undefined) && (missing1 = "result")){
validate99.errors = [{instancePath:instancePath+"/result",schemaPath:"contract#/$defs/BooleanResult/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data0.result !== undefined){
if(typeof data0.result !== "boolean"){
validate99.errors = [{instancePath:instancePath+"/result/result",schemaPath:"contract#/$defs/BooleanResult/properties/result/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
}
}
}
else {
validate99.errors = [{instancePath:instancePath+"/result",schemaPath:"contract#/$defs/BooleanResult/type",keyword:"type",params:{type: "object"},message:"must be object"}];
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
let data2 = data.time;
const _errs8 = errors;
const _errs9 = errors;
if(errors === _errs9){
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
let missing2;
if(((((((data2.start === undefined) && (missing2 = "start")) || ((data2.finish === undefined) && (missing2 = "finish"))) || ((data2.duration === undefined) && (missing2 = "duration"))) || ((data2.processing === undefined) && (missing2 = "processing"))) || ((data2.date_start === undefined) && (missing2 = "date_start"))) || ((data2.date_finish === undefined) && (missing2 = "date_finish"))){
validate99.errors = [{instancePath:instancePath+"/time",schemaPath:"contract#/$defs/ResponseTime/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
if(data2.start !== undefined){
let data3 = data2.start;
const _errs11 = errors;
if(!((typeof data3 == "number") && (isFinite(data3)))){
validate99.errors = [{instancePath:instancePath+"/time/start",schemaPath:"contract#/$defs/ResponseTime/properties/start/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid4 = _errs11 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data2.finish !== undefined){
let data4 = data2.finish;
const _errs14 = errors;
if(!((typeof data4 == "number") && (isFinite(data4)))){
validate99.errors = [{instancePath:instancePath+"/time/finish",schemaPath:"contract#/$defs/ResponseTime/properties/finish/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid4 = _errs14 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data2.duration !== undefined){
let data5 = data2.duration;
const _errs17 = errors;
if(!((typeof data5 == "number") && (isFinite(data5)))){
validate99.errors = [{instancePath:instancePath+"/time/duration",schemaPath:"contract#/$defs/ResponseTime/properties/duration/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid4 = _errs17 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data2.processing !== undefined){
let data6 = data2.processing;
const _errs20 = errors;
if(!((typeof data6 == "number") && (isFinite(data6)))){
validate99.errors = [{instancePath:instancePath+"/time/processing",schemaPath:"contract#/$defs/ResponseTime/properties/processing/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid4 = _errs20 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data2.date_start !== undefined){
let data7 = data2.date_start;
const _errs23 = errors;
if(errors === _errs23){
if(errors === _errs23){
if(typeof data7 === "string"){
if(!(formats0(data7))){
validate99.errors = [{instancePath:instancePath+"/time/date_start",schemaPath:"contract#/$defs/ResponseTime/properties/date_start/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate99.errors = [{instancePath:instancePath+"/time/date_start",schemaPath:"contract#/$defs/ResponseTime/properties/date_start/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid4 = _errs23 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data2.date_finish !== undefined){
let data8 = data2.date_finish;
const _errs26 = errors;
if(errors === _errs26){
if(errors === _errs26){
if(typeof data8 === "string"){
if(!(formats0(data8))){
validate99.errors = [{instancePath:instancePath+"/time/date_finish",schemaPath:"contract#/$defs/ResponseTime/properties/date_finish/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate99.errors = [{instancePath:instancePath+"/time/date_finish",schemaPath:"contract#/$defs/ResponseTime/properties/date_finish/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid4 = _errs26 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data2.operating !== undefined){
let data9 = data2.operating;
const _errs29 = errors;
if(!((typeof data9 == "number") && (isFinite(data9)))){
validate99.errors = [{instancePath:instancePath+"/time/operating",schemaPath:"contract#/$defs/ResponseTime/properties/operating/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid4 = _errs29 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data2.operating_reset_at !== undefined){
let data10 = data2.operating_reset_at;
const _errs32 = errors;
if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){
validate99.errors = [{instancePath:instancePath+"/time/operating_reset_at",schemaPath:"contract#/$defs/ResponseTime/properties/operating_reset_at/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid4 = _errs32 === errors;
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
validate99.errors = [{instancePath:instancePath+"/time",schemaPath:"contract#/$defs/ResponseTime/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
}
}
}
else {
validate99.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate99.errors = vErrors;
return errors === 0;
}
validate99.evaluated = {"props":{"result":true,"time":true},"dynamicProps":false,"dynamicItems":false};


function validate98(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="imbotV2ChatMessageDeleteSuccess" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate98.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate99(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate99.errors : vErrors.concat(validate99.errors);
errors = vErrors.length;
}
validate98.errors = vErrors;
return errors === 0;
}
validate98.evaluated = {"props":{"result":true,"time":true},"dynamicProps":false,"dynamicItems":false};

export const imbotV2ChatMessageReadParams = validate295;
const schema351 = {"$id":"imbotV2ChatMessageReadParams","$ref":"contract#/$defs/ImbotV2ChatMessageReadParams"};
const schema352 = {"type":"object","description":"Parameters of imbot.v2.Chat.Message.read.","required":["botId","dialogId"],"properties":{"botId":{"$ref":"contract#/$defs/BotId","description":"Id of the bot acting. Missing: BOT_ID_REQUIRED.","x-bitrix-empty-error":"BOT_ID_REQUIRED"},"botToken":{"$ref":"contract#/$defs/BotToken","x-bitrix-webhook-required":"BOT_TOKEN_NOT_SPECIFIED","description":"The bot token set at Bot.register. Needed when calling through an incoming webhook (missing: BOT_TOKEN_NOT_SPECIFIED); OAuth calls leave it out."},"dialogId":{"$ref":"contract#/$defs/DialogId","description":"The dialog: chat{id} for a group chat, the user id for a one-to-one dialog."},"messageId":{"$ref":"contract#/$defs/MessageId","description":"Read up to and including this message; left out: the whole dialog."}}};

function validate296(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate296.evaluated;
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
validate296.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.botId !== undefined){
let data0 = data.botId;
const _errs1 = errors;
const _errs2 = errors;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
validate296.errors = [{instancePath:instancePath+"/botId",schemaPath:"contract#/$defs/BotId/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs2){
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 < 1 || isNaN(data0)){
validate296.errors = [{instancePath:instancePath+"/botId",schemaPath:"contract#/$defs/BotId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
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
const _errs6 = errors;
const _errs7 = errors;
if(errors === _errs7){
if(typeof data1 === "string"){
if(func1(data1) > 40){
validate296.errors = [{instancePath:instancePath+"/botToken",schemaPath:"contract#/$defs/BotToken/maxLength",keyword:"maxLength",params:{limit: 40},message:"must NOT have more than 40 characters"}];
return false;
}
else {
if(func1(data1) < 1){
validate296.errors = [{instancePath:instancePath+"/botToken",schemaPath:"contract#/$defs/BotToken/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate296.errors = [{instancePath:instancePath+"/botToken",schemaPath:"contract#/$defs/BotToken/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.dialogId !== undefined){
let data2 = data.dialogId;
const _errs11 = errors;
const _errs12 = errors;
if(errors === _errs12){
if(typeof data2 === "string"){
if(!pattern4.test(data2)){
validate296.errors = [{instancePath:instancePath+"/dialogId",schemaPath:"contract#/$defs/DialogId/pattern",keyword:"pattern",params:{pattern: "^(chat[1-9][0-9]*|[1-9][0-9]*)$"},message:"must match pattern \""+"^(chat[1-9][0-9]*|[1-9][0-9]*)$"+"\""}];
return false;
}
}
else {
validate296.errors = [{instancePath:instancePath+"/dialogId",schemaPath:"contract#/$defs/DialogId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.messageId !== undefined){
let data3 = data.messageId;
const _errs15 = errors;
const _errs16 = errors;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
validate296.errors = [{instancePath:instancePath+"/messageId",schemaPath:"contract#/$defs/MessageId/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs16){
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 1 || isNaN(data3)){
validate296.errors = [{instancePath:instancePath+"/messageId",schemaPath:"contract#/$defs/MessageId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
var valid0 = _errs15 === errors;
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
validate296.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate296.errors = vErrors;
return errors === 0;
}
validate296.evaluated = {"props":{"botId":true,"botToken":true,"dialogId":true,"messageId":true},"dynamicProps":false,"dynamicItems":false};


function validate295(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="imbotV2ChatMessageReadParams" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate295.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate296(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate296.errors : vErrors.concat(validate296.errors);
errors = vErrors.length;
}
validate295.errors = vErrors;
return errors === 0;
}
validate295.evaluated = {"props":{"botId":true,"botToken":true,"dialogId":true,"messageId":true},"dynamicProps":false,"dynamicItems":false};

export const imbotV2ChatMessageReadSuccess = validate101;
const schema123 = {"$id":"imbotV2ChatMessageReadSuccess","$ref":"contract#/$defs/ImbotV2ChatMessageReadSuccess"};
const schema124 = {"type":"object","description":"Success envelope of imbot.v2.Chat.Message.read.","required":["result","time"],"properties":{"result":{"$ref":"contract#/$defs/ImbotV2ChatMessageReadResult"},"time":{"$ref":"contract#/$defs/ResponseTime"}}};
const schema125 = {"type":"object","description":"What imbot.v2.Chat.Message.read returns.","required":["chatId","lastId"],"properties":{"chatId":{"type":"integer","minimum":1,"description":"The chat id."},"lastId":{"type":"integer","minimum":0,"description":"Id of the last message now read."},"counter":{"type":"integer","minimum":0,"description":"Messages still unread."},"viewedMessages":{"type":"array","items":{"type":"integer","minimum":1},"description":"Ids of the messages this call marked read."}},"example":{"chatId":5,"lastId":789,"counter":0,"viewedMessages":[785,786,789]}};

function validate102(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate102.evaluated;
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
validate102.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.result !== undefined){
let data0 = data.result;
const _errs1 = errors;
const _errs2 = errors;
if(errors === _errs2){
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
let missing1;
if(((data0.chatId === undefined) && (missing1 = "chatId")) || ((data0.lastId === undefined) && (missing1 = "lastId"))){
validate102.errors = [{instancePath:instancePath+"/result",schemaPath:"contract#/$defs/ImbotV2ChatMessageReadResult/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data0.chatId !== undefined){
let data1 = data0.chatId;
const _errs5 = errors;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
validate102.errors = [{instancePath:instancePath+"/result/chatId",schemaPath:"contract#/$defs/ImbotV2ChatMessageReadResult/properties/chatId/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs5){
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 < 1 || isNaN(data1)){
validate102.errors = [{instancePath:instancePath+"/result/chatId",schemaPath:"contract#/$defs/ImbotV2ChatMessageReadResult/properties/chatId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
var valid2 = _errs5 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data0.lastId !== undefined){
let data2 = data0.lastId;
const _errs7 = errors;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
validate102.errors = [{instancePath:instancePath+"/result/lastId",schemaPath:"contract#/$defs/ImbotV2ChatMessageReadResult/properties/lastId/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs7){
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 0 || isNaN(data2)){
validate102.errors = [{instancePath:instancePath+"/result/lastId",schemaPath:"contract#/$defs/ImbotV2ChatMessageReadResult/properties/lastId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
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
if(data0.counter !== undefined){
let data3 = data0.counter;
const _errs9 = errors;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
validate102.errors = [{instancePath:instancePath+"/result/counter",schemaPath:"contract#/$defs/ImbotV2ChatMessageReadResult/properties/counter/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs9){
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 0 || isNaN(data3)){
validate102.errors = [{instancePath:instancePath+"/result/counter",schemaPath:"contract#/$defs/ImbotV2ChatMessageReadResult/properties/counter/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid2 = _errs9 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data0.viewedMessages !== undefined){
let data4 = data0.viewedMessages;
const _errs11 = errors;
if(errors === _errs11){
if(Array.isArray(data4)){
var valid3 = true;
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
let data5 = data4[i0];
const _errs13 = errors;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
validate102.errors = [{instancePath:instancePath+"/result/viewedMessages/" + i0,schemaPath:"contract#/$defs/ImbotV2ChatMessageReadResult/properties/viewedMessages/items/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs13){
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 < 1 || isNaN(data5)){
validate102.errors = [{instancePath:instancePath+"/result/viewedMessages/" + i0,schemaPath:"contract#/$defs/ImbotV2ChatMessageReadResult/properties/viewedMessages/items/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
var valid3 = _errs13 === errors;
if(!valid3){
break;
}
}
}
else {
validate102.errors = [{instancePath:instancePath+"/result/viewedMessages",schemaPath:"contract#/$defs/ImbotV2ChatMessageReadResult/properties/viewedMessages/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid2 = _errs11 === errors;
}
else {
var valid2 = true;
}
}
}
}
}
}
else {
validate102.errors = [{instancePath:instancePath+"/result",schemaPath:"contract#/$defs/ImbotV2ChatMessageReadResult/type",keyword:"type",params:{type: "object"},message:"must be object"}];
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
let data6 = data.time;
const _errs15 = errors;
const _errs16 = errors;
if(errors === _errs16){
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
let missing2;
if(((((((data6.start === undefined) && (missing2 = "start")) || ((data6.finish === undefined) && (missing2 = "finish"))) || ((data6.duration === undefined) && (missing2 = "duration"))) || ((data6.processing === undefined) && (missing2 = "processing"))) || ((data6.date_start === undefined) && (missing2 = "date_start"))) || ((data6.date_finish === undefined) && (missing2 = "date_finish"))){
validate102.errors = [{instancePath:instancePath+"/time",schemaPath:"contract#/$defs/ResponseTime/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
if(data6.start !== undefined){
let data7 = data6.start;
const _errs18 = errors;
if(!((typeof data7 == "number") && (isFinite(data7)))){
validate102.errors = [{instancePath:instancePath+"/time/start",schemaPath:"contract#/$defs/ResponseTime/properties/start/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid5 = _errs18 === errors;
}
else {
var valid5 = true;
}
if(valid5){
if(data6.finish !== undefined){
let data8 = data6.finish;
const _errs21 = errors;
if(!((typeof data8 == "number") && (isFinite(data8)))){
validate102.errors = [{instancePath:instancePath+"/time/finish",schemaPath:"contract#/$defs/ResponseTime/properties/finish/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid5 = _errs21 === errors;
}
else {
var valid5 = true;
}
if(valid5){
if(data6.duration !== undefined){
let data9 = data6.duration;
const _errs24 = errors;
if(!((typeof data9 == "number") && (isFinite(data9)))){
validate102.errors = [{instancePath:instancePath+"/time/duration",schemaPath:"contract#/$defs/ResponseTime/properties/duration/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid5 = _errs24 === errors;
}
else {
var valid5 = true;
}
if(valid5){
if(data6.processing !== undefined){
let data10 = data6.processing;
const _errs27 = errors;
if(!((typeof data10 == "number") && (isFinite(data10)))){
validate102.errors = [{instancePath:instancePath+"/time/processing",schemaPath:"contract#/$defs/ResponseTime/properties/processing/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid5 = _errs27 === errors;
}
else {
var valid5 = true;
}
if(valid5){
if(data6.date_start !== undefined){
let data11 = data6.date_start;
const _errs30 = errors;
if(errors === _errs30){
if(errors === _errs30){
if(typeof data11 === "string"){
if(!(formats0(data11))){
validate102.errors = [{instancePath:instancePath+"/time/date_start",schemaPath:"contract#/$defs/ResponseTime/properties/date_start/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate102.errors = [{instancePath:instancePath+"/time/date_start",schemaPath:"contract#/$defs/ResponseTime/properties/date_start/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid5 = _errs30 === errors;
}
else {
var valid5 = true;
}
if(valid5){
if(data6.date_finish !== undefined){
let data12 = data6.date_finish;
const _errs33 = errors;
if(errors === _errs33){
if(errors === _errs33){
if(typeof data12 === "string"){
if(!(formats0(data12))){
validate102.errors = [{instancePath:instancePath+"/time/date_finish",schemaPath:"contract#/$defs/ResponseTime/properties/date_finish/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate102.errors = [{instancePath:instancePath+"/time/date_finish",schemaPath:"contract#/$defs/ResponseTime/properties/date_finish/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid5 = _errs33 === errors;
}
else {
var valid5 = true;
}
if(valid5){
if(data6.operating !== undefined){
let data13 = data6.operating;
const _errs36 = errors;
if(!((typeof data13 == "number") && (isFinite(data13)))){
validate102.errors = [{instancePath:instancePath+"/time/operating",schemaPath:"contract#/$defs/ResponseTime/properties/operating/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid5 = _errs36 === errors;
}
else {
var valid5 = true;
}
if(valid5){
if(data6.operating_reset_at !== undefined){
let data14 = data6.operating_reset_at;
const _errs39 = errors;
if(!(((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14))) && (isFinite(data14)))){
validate102.errors = [{instancePath:instancePath+"/time/operating_reset_at",schemaPath:"contract#/$defs/ResponseTime/properties/operating_reset_at/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid5 = _errs39 === errors;
}
else {
var valid5 = true;
}
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
validate102.errors = [{instancePath:instancePath+"/time",schemaPath:"contract#/$defs/ResponseTime/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs15 === errors;
}
else {
var valid0 = true;
}
}
}
}
else {
validate102.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate102.errors = vErrors;
return errors === 0;
}
validate102.evaluated = {"props":{"result":true,"time":true},"dynamicProps":false,"dynamicItems":false};


function validate101(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="imbotV2ChatMessageReadSuccess" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate101.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate102(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate102.errors : vErrors.concat(validate102.errors);
errors = vErrors.length;
}
validate101.errors = vErrors;
return errors === 0;
}
validate101.evaluated = {"props":{"result":true,"time":true},"dynamicProps":false,"dynamicItems":false};

export const imbotV2ChatMessageGetParams = validate298;
const schema357 = {"$id":"imbotV2ChatMessageGetParams","$ref":"contract#/$defs/ImbotV2ChatMessageGetParams"};
const schema358 = {"type":"object","description":"Parameters of imbot.v2.Chat.Message.get.","required":["botId","messageId"],"properties":{"botId":{"$ref":"contract#/$defs/BotId","description":"Id of the bot acting. Missing: BOT_ID_REQUIRED.","x-bitrix-empty-error":"BOT_ID_REQUIRED"},"botToken":{"$ref":"contract#/$defs/BotToken","x-bitrix-webhook-required":"BOT_TOKEN_NOT_SPECIFIED","description":"The bot token set at Bot.register. Needed when calling through an incoming webhook (missing: BOT_TOKEN_NOT_SPECIFIED); OAuth calls leave it out."},"messageId":{"$ref":"contract#/$defs/MessageId","description":"The message to read."}}};

function validate299(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate299.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.botId === undefined) && (missing0 = "botId")) || ((data.messageId === undefined) && (missing0 = "messageId"))){
validate299.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.botId !== undefined){
let data0 = data.botId;
const _errs1 = errors;
const _errs2 = errors;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
validate299.errors = [{instancePath:instancePath+"/botId",schemaPath:"contract#/$defs/BotId/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs2){
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 < 1 || isNaN(data0)){
validate299.errors = [{instancePath:instancePath+"/botId",schemaPath:"contract#/$defs/BotId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
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
const _errs6 = errors;
const _errs7 = errors;
if(errors === _errs7){
if(typeof data1 === "string"){
if(func1(data1) > 40){
validate299.errors = [{instancePath:instancePath+"/botToken",schemaPath:"contract#/$defs/BotToken/maxLength",keyword:"maxLength",params:{limit: 40},message:"must NOT have more than 40 characters"}];
return false;
}
else {
if(func1(data1) < 1){
validate299.errors = [{instancePath:instancePath+"/botToken",schemaPath:"contract#/$defs/BotToken/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate299.errors = [{instancePath:instancePath+"/botToken",schemaPath:"contract#/$defs/BotToken/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.messageId !== undefined){
let data2 = data.messageId;
const _errs11 = errors;
const _errs12 = errors;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
validate299.errors = [{instancePath:instancePath+"/messageId",schemaPath:"contract#/$defs/MessageId/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs12){
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 1 || isNaN(data2)){
validate299.errors = [{instancePath:instancePath+"/messageId",schemaPath:"contract#/$defs/MessageId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate299.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate299.errors = vErrors;
return errors === 0;
}
validate299.evaluated = {"props":{"botId":true,"botToken":true,"messageId":true},"dynamicProps":false,"dynamicItems":false};


function validate298(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="imbotV2ChatMessageGetParams" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate298.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate299(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate299.errors : vErrors.concat(validate299.errors);
errors = vErrors.length;
}
validate298.errors = vErrors;
return errors === 0;
}
validate298.evaluated = {"props":{"botId":true,"botToken":true,"messageId":true},"dynamicProps":false,"dynamicItems":false};

export const imbotV2ChatMessageGetSuccess = validate104;
const schema127 = {"$id":"imbotV2ChatMessageGetSuccess","$ref":"contract#/$defs/ImbotV2ChatMessageGetSuccess"};
const schema128 = {"type":"object","description":"Success envelope of imbot.v2.Chat.Message.get.","required":["result","time"],"properties":{"result":{"$ref":"contract#/$defs/ImbotV2ChatMessageGetResult"},"time":{"$ref":"contract#/$defs/ResponseTime"}}};
const schema129 = {"type":"object","description":"What imbot.v2.Chat.Message.get returns.","required":["message","user"],"properties":{"message":{"$ref":"contract#/$defs/Message"},"user":{"$ref":"contract#/$defs/User","description":"The author."}},"example":{"message":{"id":789,"chatId":5,"authorId":1,"date":"2026-03-19T14:30:00+02:00","text":"Hello! How are you?","isSystem":false,"uuid":"","forward":null,"params":{},"viewedByOthers":true},"user":{"id":1,"active":true,"name":"John Smith","bot":false,"type":"employee"}}};
const schema130 = {"type":"object","description":"A message (entities.md, Message). Texts over 20,000 characters are cut and end in ` (...)`. `unread` and `viewed` come only in method answers.","required":["id","chatId"],"properties":{"id":{"type":"integer","minimum":1,"description":"Message id."},"chatId":{"type":"integer","minimum":1,"description":"Id of its chat."},"authorId":{"type":"integer","minimum":0,"description":"Id of the author; 0 for a system message."},"date":{"type":["string","null"],"format":"date-time","description":"When it was written."},"text":{"type":"string","maxLength":20000,"description":"The text (BB codes allowed)."},"isSystem":{"type":"boolean","description":"Whether it is a system message."},"uuid":{"type":"string","description":"Client UUID for de-duplication, or an empty string."},"forward":{"description":"Origin of a forwarded message, or null.","oneOf":[{"$ref":"contract#/$defs/MessageForward"},{"type":"null"}]},"params":{"type":"object","description":"Further data (attach, keyboard, files, ...)."},"viewedByOthers":{"type":"boolean","description":"Whether another member has read it."},"unread":{"type":"boolean","description":"Answers only. Unread for the calling bot."},"viewed":{"type":"boolean","description":"Answers only. Seen by the calling bot."}},"example":{"id":789,"chatId":5,"authorId":1,"date":"2025-01-15T10:30:00+01:00","text":"Hello bot!","isSystem":false,"uuid":"","forward":null,"params":{},"viewedByOthers":false}};
const schema131 = {"type":"object","description":"Where a forwarded message came from.","properties":{"id":{"type":"integer","description":"Id of the original message."},"userId":{"type":"integer","description":"Author of the original message."},"chatId":{"type":"integer","description":"Chat of the original message."},"date":{"type":["string","null"],"description":"When the original was written."}},"example":{"id":700,"userId":1,"chatId":3,"date":"2025-01-14T09:00:00+01:00"}};

function validate107(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate107.evaluated;
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
validate107.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.id !== undefined){
let data0 = data.id;
const _errs2 = errors;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
validate107.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs2){
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 < 1 || isNaN(data0)){
validate107.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
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
if(data.chatId !== undefined){
let data1 = data.chatId;
const _errs4 = errors;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
validate107.errors = [{instancePath:instancePath+"/chatId",schemaPath:"#/properties/chatId/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs4){
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 < 1 || isNaN(data1)){
validate107.errors = [{instancePath:instancePath+"/chatId",schemaPath:"#/properties/chatId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
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
if(data.authorId !== undefined){
let data2 = data.authorId;
const _errs6 = errors;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
validate107.errors = [{instancePath:instancePath+"/authorId",schemaPath:"#/properties/authorId/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs6){
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 0 || isNaN(data2)){
validate107.errors = [{instancePath:instancePath+"/authorId",schemaPath:"#/properties/authorId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.date !== undefined){
let data3 = data.date;
const _errs8 = errors;
if((typeof data3 !== "string") && (data3 !== null)){
validate107.errors = [{instancePath:instancePath+"/date",schemaPath:"#/properties/date/type",keyword:"type",params:{type: schema130.properties.date.type},message:"must be string,null"}];
return false;
}
if(errors === _errs8){
if(errors === _errs8){
if(typeof data3 === "string"){
if(!(formats0(data3))){
validate107.errors = [{instancePath:instancePath+"/date",schemaPath:"#/properties/date/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
}
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.text !== undefined){
let data4 = data.text;
const _errs10 = errors;
if(errors === _errs10){
if(typeof data4 === "string"){
if(func1(data4) > 20000){
validate107.errors = [{instancePath:instancePath+"/text",schemaPath:"#/properties/text/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters"}];
return false;
}
}
else {
validate107.errors = [{instancePath:instancePath+"/text",schemaPath:"#/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.isSystem !== undefined){
const _errs12 = errors;
if(typeof data.isSystem !== "boolean"){
validate107.errors = [{instancePath:instancePath+"/isSystem",schemaPath:"#/properties/isSystem/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs12 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.uuid !== undefined){
const _errs14 = errors;
if(typeof data.uuid !== "string"){
validate107.errors = [{instancePath:instancePath+"/uuid",schemaPath:"#/properties/uuid/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs14 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.forward !== undefined){
let data7 = data.forward;
const _errs16 = errors;
const _errs17 = errors;
let valid1 = false;
let passing0 = null;
const _errs18 = errors;
const _errs19 = errors;
if(errors === _errs19){
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(data7.id !== undefined){
let data8 = data7.id;
const _errs22 = errors;
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
var valid3 = _errs22 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data7.userId !== undefined){
let data9 = data7.userId;
const _errs24 = errors;
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
var valid3 = _errs24 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data7.chatId !== undefined){
let data10 = data7.chatId;
const _errs26 = errors;
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
var valid3 = _errs26 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data7.date !== undefined){
let data11 = data7.date;
const _errs28 = errors;
if((typeof data11 !== "string") && (data11 !== null)){
const err3 = {instancePath:instancePath+"/forward/date",schemaPath:"contract#/$defs/MessageForward/properties/date/type",keyword:"type",params:{type: schema131.properties.date.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
var valid3 = _errs28 === errors;
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
var _valid0 = _errs18 === errors;
if(_valid0){
valid1 = true;
passing0 = 0;
var props0 = {};
props0.id = true;
props0.userId = true;
props0.chatId = true;
props0.date = true;
}
const _errs30 = errors;
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
var _valid0 = _errs30 === errors;
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
validate107.errors = vErrors;
return false;
}
else {
errors = _errs17;
if(vErrors !== null){
if(_errs17){
vErrors.length = _errs17;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs16 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.params !== undefined){
let data12 = data.params;
const _errs32 = errors;
if(!(data12 && typeof data12 == "object" && !Array.isArray(data12))){
validate107.errors = [{instancePath:instancePath+"/params",schemaPath:"#/properties/params/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
var valid0 = _errs32 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.viewedByOthers !== undefined){
const _errs34 = errors;
if(typeof data.viewedByOthers !== "boolean"){
validate107.errors = [{instancePath:instancePath+"/viewedByOthers",schemaPath:"#/properties/viewedByOthers/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs34 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.unread !== undefined){
const _errs36 = errors;
if(typeof data.unread !== "boolean"){
validate107.errors = [{instancePath:instancePath+"/unread",schemaPath:"#/properties/unread/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs36 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.viewed !== undefined){
const _errs38 = errors;
if(typeof data.viewed !== "boolean"){
validate107.errors = [{instancePath:instancePath+"/viewed",schemaPath:"#/properties/viewed/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs38 === errors;
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
validate107.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate107.errors = vErrors;
return errors === 0;
}
validate107.evaluated = {"props":{"id":true,"chatId":true,"authorId":true,"date":true,"text":true,"isSystem":true,"uuid":true,"forward":true,"params":true,"viewedByOthers":true,"unread":true,"viewed":true},"dynamicProps":false,"dynamicItems":false};


function validate106(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate106.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.message === undefined) && (missing0 = "message")) || ((data.user === undefined) && (missing0 = "user"))){
validate106.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.message !== undefined){
const _errs2 = errors;
if(!(validate107(data.message, {instancePath:instancePath+"/message",parentData:data,parentDataProperty:"message",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate107.errors : vErrors.concat(validate107.errors);
errors = vErrors.length;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.user !== undefined){
const _errs3 = errors;
if(!(validate28(data.user, {instancePath:instancePath+"/user",parentData:data,parentDataProperty:"user",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
errors = vErrors.length;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
}
}
}
else {
validate106.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate106.errors = vErrors;
return errors === 0;
}
validate106.evaluated = {"props":{"message":true,"user":true},"dynamicProps":false,"dynamicItems":false};


function validate105(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate105.evaluated;
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
validate105.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.result !== undefined){
const _errs1 = errors;
if(!(validate106(data.result, {instancePath:instancePath+"/result",parentData:data,parentDataProperty:"result",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate106.errors : vErrors.concat(validate106.errors);
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
validate105.errors = [{instancePath:instancePath+"/time",schemaPath:"contract#/$defs/ResponseTime/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data1.start !== undefined){
let data2 = data1.start;
const _errs5 = errors;
if(!((typeof data2 == "number") && (isFinite(data2)))){
validate105.errors = [{instancePath:instancePath+"/time/start",schemaPath:"contract#/$defs/ResponseTime/properties/start/type",keyword:"type",params:{type: "number"},message:"must be number"}];
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
const _errs8 = errors;
if(!((typeof data3 == "number") && (isFinite(data3)))){
validate105.errors = [{instancePath:instancePath+"/time/finish",schemaPath:"contract#/$defs/ResponseTime/properties/finish/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid2 = _errs8 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.duration !== undefined){
let data4 = data1.duration;
const _errs11 = errors;
if(!((typeof data4 == "number") && (isFinite(data4)))){
validate105.errors = [{instancePath:instancePath+"/time/duration",schemaPath:"contract#/$defs/ResponseTime/properties/duration/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid2 = _errs11 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.processing !== undefined){
let data5 = data1.processing;
const _errs14 = errors;
if(!((typeof data5 == "number") && (isFinite(data5)))){
validate105.errors = [{instancePath:instancePath+"/time/processing",schemaPath:"contract#/$defs/ResponseTime/properties/processing/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid2 = _errs14 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.date_start !== undefined){
let data6 = data1.date_start;
const _errs17 = errors;
if(errors === _errs17){
if(errors === _errs17){
if(typeof data6 === "string"){
if(!(formats0(data6))){
validate105.errors = [{instancePath:instancePath+"/time/date_start",schemaPath:"contract#/$defs/ResponseTime/properties/date_start/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate105.errors = [{instancePath:instancePath+"/time/date_start",schemaPath:"contract#/$defs/ResponseTime/properties/date_start/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid2 = _errs17 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.date_finish !== undefined){
let data7 = data1.date_finish;
const _errs20 = errors;
if(errors === _errs20){
if(errors === _errs20){
if(typeof data7 === "string"){
if(!(formats0(data7))){
validate105.errors = [{instancePath:instancePath+"/time/date_finish",schemaPath:"contract#/$defs/ResponseTime/properties/date_finish/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate105.errors = [{instancePath:instancePath+"/time/date_finish",schemaPath:"contract#/$defs/ResponseTime/properties/date_finish/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid2 = _errs20 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.operating !== undefined){
let data8 = data1.operating;
const _errs23 = errors;
if(!((typeof data8 == "number") && (isFinite(data8)))){
validate105.errors = [{instancePath:instancePath+"/time/operating",schemaPath:"contract#/$defs/ResponseTime/properties/operating/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid2 = _errs23 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.operating_reset_at !== undefined){
let data9 = data1.operating_reset_at;
const _errs26 = errors;
if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
validate105.errors = [{instancePath:instancePath+"/time/operating_reset_at",schemaPath:"contract#/$defs/ResponseTime/properties/operating_reset_at/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid2 = _errs26 === errors;
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
validate105.errors = [{instancePath:instancePath+"/time",schemaPath:"contract#/$defs/ResponseTime/type",keyword:"type",params:{type: "object"},message:"must be object"}];
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
validate105.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate105.errors = vErrors;
return errors === 0;
}
validate105.evaluated = {"props":{"result":true,"time":true},"dynamicProps":false,"dynamicItems":false};


function validate104(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="imbotV2ChatMessageGetSuccess" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate104.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate105(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate105.errors : vErrors.concat(validate105.errors);
errors = vErrors.length;
}
validate104.errors = vErrors;
return errors === 0;
}
validate104.evaluated = {"props":{"result":true,"time":true},"dynamicProps":false,"dynamicItems":false};

export const imbotV2ChatMessageGetContextParams = validate301;
const schema362 = {"$id":"imbotV2ChatMessageGetContextParams","$ref":"contract#/$defs/ImbotV2ChatMessageGetContextParams"};
const schema363 = {"type":"object","description":"Parameters of imbot.v2.Chat.Message.getContext.","required":["botId","messageId"],"properties":{"botId":{"$ref":"contract#/$defs/BotId","description":"Id of the bot acting. Missing: BOT_ID_REQUIRED.","x-bitrix-empty-error":"BOT_ID_REQUIRED"},"botToken":{"$ref":"contract#/$defs/BotToken","x-bitrix-webhook-required":"BOT_TOKEN_NOT_SPECIFIED","description":"The bot token set at Bot.register. Needed when calling through an incoming webhook (missing: BOT_TOKEN_NOT_SPECIFIED); OAuth calls leave it out."},"messageId":{"$ref":"contract#/$defs/MessageId","description":"The message in the middle."},"range":{"type":"integer","minimum":1,"maximum":50,"default":50,"description":"Messages on each side, 1 to 50."}}};

function validate302(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate302.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.range === undefined){
data.range = 50;
}
let missing0;
if(((data.botId === undefined) && (missing0 = "botId")) || ((data.messageId === undefined) && (missing0 = "messageId"))){
validate302.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.botId !== undefined){
let data0 = data.botId;
const _errs1 = errors;
const _errs2 = errors;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
validate302.errors = [{instancePath:instancePath+"/botId",schemaPath:"contract#/$defs/BotId/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs2){
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 < 1 || isNaN(data0)){
validate302.errors = [{instancePath:instancePath+"/botId",schemaPath:"contract#/$defs/BotId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
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
const _errs6 = errors;
const _errs7 = errors;
if(errors === _errs7){
if(typeof data1 === "string"){
if(func1(data1) > 40){
validate302.errors = [{instancePath:instancePath+"/botToken",schemaPath:"contract#/$defs/BotToken/maxLength",keyword:"maxLength",params:{limit: 40},message:"must NOT have more than 40 characters"}];
return false;
}
else {
if(func1(data1) < 1){
validate302.errors = [{instancePath:instancePath+"/botToken",schemaPath:"contract#/$defs/BotToken/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate302.errors = [{instancePath:instancePath+"/botToken",schemaPath:"contract#/$defs/BotToken/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.messageId !== undefined){
let data2 = data.messageId;
const _errs11 = errors;
const _errs12 = errors;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
validate302.errors = [{instancePath:instancePath+"/messageId",schemaPath:"contract#/$defs/MessageId/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs12){
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 1 || isNaN(data2)){
validate302.errors = [{instancePath:instancePath+"/messageId",schemaPath:"contract#/$defs/MessageId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
let data3 = data.range;
const _errs15 = errors;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
validate302.errors = [{instancePath:instancePath+"/range",schemaPath:"#/properties/range/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs15){
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 > 50 || isNaN(data3)){
validate302.errors = [{instancePath:instancePath+"/range",schemaPath:"#/properties/range/maximum",keyword:"maximum",params:{comparison: "<=", limit: 50},message:"must be <= 50"}];
return false;
}
else {
if(data3 < 1 || isNaN(data3)){
validate302.errors = [{instancePath:instancePath+"/range",schemaPath:"#/properties/range/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
}
var valid0 = _errs15 === errors;
}
}
}
}
}
else {
validate302.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate302.errors = vErrors;
return errors === 0;
}
validate302.evaluated = {"props":{"botId":true,"botToken":true,"messageId":true,"range":true},"dynamicProps":false,"dynamicItems":false};


function validate301(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="imbotV2ChatMessageGetContextParams" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate301.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate302(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate302.errors : vErrors.concat(validate302.errors);
errors = vErrors.length;
}
validate301.errors = vErrors;
return errors === 0;
}
validate301.evaluated = {"props":{"botId":true,"botToken":true,"messageId":true,"range":true},"dynamicProps":false,"dynamicItems":false};

export const imbotV2ChatMessageGetContextSuccess = validate112;
const schema133 = {"$id":"imbotV2ChatMessageGetContextSuccess","$ref":"contract#/$defs/ImbotV2ChatMessageGetContextSuccess"};
const schema134 = {"type":"object","description":"Success envelope of imbot.v2.Chat.Message.getContext.","required":["result","time"],"properties":{"result":{"$ref":"contract#/$defs/ImbotV2ChatMessageGetContextResult"},"time":{"$ref":"contract#/$defs/ResponseTime"}}};
const schema135 = {"type":"object","description":"What imbot.v2.Chat.Message.getContext returns.","required":["messages","users","hasPrevPage","hasNextPage"],"properties":{"messages":{"type":"array","items":{"$ref":"contract#/$defs/Message"},"description":"Oldest first."},"users":{"type":"array","items":{"$ref":"contract#/$defs/User"},"description":"Authors of the messages."},"hasPrevPage":{"type":"boolean","description":"Older messages exist."},"hasNextPage":{"type":"boolean","description":"Newer messages exist."}},"example":{"messages":[{"id":785,"chatId":5,"authorId":1,"date":"2026-03-19T14:25:00+02:00","text":"Good afternoon!","isSystem":false,"uuid":"","forward":null,"params":{},"viewedByOthers":true},{"id":789,"chatId":5,"authorId":2,"date":"2026-03-19T14:30:00+02:00","text":"Hi! How are you?","isSystem":false,"uuid":"","forward":null,"params":{},"viewedByOthers":true}],"users":[{"id":1,"active":true,"name":"John Smith","bot":false,"type":"employee"},{"id":2,"active":true,"name":"Anna Davis","bot":false,"type":"employee"}],"hasPrevPage":false,"hasNextPage":true}};

function validate114(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate114.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((data.messages === undefined) && (missing0 = "messages")) || ((data.users === undefined) && (missing0 = "users"))) || ((data.hasPrevPage === undefined) && (missing0 = "hasPrevPage"))) || ((data.hasNextPage === undefined) && (missing0 = "hasNextPage"))){
validate114.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.messages !== undefined){
let data0 = data.messages;
const _errs2 = errors;
if(errors === _errs2){
if(Array.isArray(data0)){
var valid1 = true;
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
const _errs4 = errors;
if(!(validate107(data0[i0], {instancePath:instancePath+"/messages/" + i0,parentData:data0,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate107.errors : vErrors.concat(validate107.errors);
errors = vErrors.length;
}
var valid1 = _errs4 === errors;
if(!valid1){
break;
}
}
}
else {
validate114.errors = [{instancePath:instancePath+"/messages",schemaPath:"#/properties/messages/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.users !== undefined){
let data2 = data.users;
const _errs5 = errors;
if(errors === _errs5){
if(Array.isArray(data2)){
var valid2 = true;
const len1 = data2.length;
for(let i1=0; i1<len1; i1++){
const _errs7 = errors;
if(!(validate28(data2[i1], {instancePath:instancePath+"/users/" + i1,parentData:data2,parentDataProperty:i1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
errors = vErrors.length;
}
var valid2 = _errs7 === errors;
if(!valid2){
break;
}
}
}
else {
validate114.errors = [{instancePath:instancePath+"/users",schemaPath:"#/properties/users/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.hasPrevPage !== undefined){
const _errs8 = errors;
if(typeof data.hasPrevPage !== "boolean"){
validate114.errors = [{instancePath:instancePath+"/hasPrevPage",schemaPath:"#/properties/hasPrevPage/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.hasNextPage !== undefined){
const _errs10 = errors;
if(typeof data.hasNextPage !== "boolean"){
validate114.errors = [{instancePath:instancePath+"/hasNextPage",schemaPath:"#/properties/hasNextPage/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
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
validate114.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate114.errors = vErrors;
return errors === 0;
}
validate114.evaluated = {"props":{"messages":true,"users":true,"hasPrevPage":true,"hasNextPage":true},"dynamicProps":false,"dynamicItems":false};


function validate113(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate113.evaluated;
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
validate113.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.result !== undefined){
const _errs1 = errors;
if(!(validate114(data.result, {instancePath:instancePath+"/result",parentData:data,parentDataProperty:"result",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate114.errors : vErrors.concat(validate114.errors);
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
validate113.errors = [{instancePath:instancePath+"/time",schemaPath:"contract#/$defs/ResponseTime/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data1.start !== undefined){
let data2 = data1.start;
const _errs5 = errors;
if(!((typeof data2 == "number") && (isFinite(data2)))){
validate113.errors = [{instancePath:instancePath+"/time/start",schemaPath:"contract#/$defs/ResponseTime/properties/start/type",keyword:"type",params:{type: "number"},message:"must be number"}];
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
const _errs8 = errors;
if(!((typeof data3 == "number") && (isFinite(data3)))){
validate113.errors = [{instancePath:instancePath+"/time/finish",schemaPath:"contract#/$defs/ResponseTime/properties/finish/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid2 = _errs8 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.duration !== undefined){
let data4 = data1.duration;
const _errs11 = errors;
if(!((typeof data4 == "number") && (isFinite(data4)))){
validate113.errors = [{instancePath:instancePath+"/time/duration",schemaPath:"contract#/$defs/ResponseTime/properties/duration/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid2 = _errs11 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.processing !== undefined){
let data5 = data1.processing;
const _errs14 = errors;
if(!((typeof data5 == "number") && (isFinite(data5)))){
validate113.errors = [{instancePath:instancePath+"/time/processing",schemaPath:"contract#/$defs/ResponseTime/properties/processing/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid2 = _errs14 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.date_start !== undefined){
let data6 = data1.date_start;
const _errs17 = errors;
if(errors === _errs17){
if(errors === _errs17){
if(typeof data6 === "string"){
if(!(formats0(data6))){
validate113.errors = [{instancePath:instancePath+"/time/date_start",schemaPath:"contract#/$defs/ResponseTime/properties/date_start/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate113.errors = [{instancePath:instancePath+"/time/date_start",schemaPath:"contract#/$defs/ResponseTime/properties/date_start/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid2 = _errs17 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.date_finish !== undefined){
let data7 = data1.date_finish;
const _errs20 = errors;
if(errors === _errs20){
if(errors === _errs20){
if(typeof data7 === "string"){
if(!(formats0(data7))){
validate113.errors = [{instancePath:instancePath+"/time/date_finish",schemaPath:"contract#/$defs/ResponseTime/properties/date_finish/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate113.errors = [{instancePath:instancePath+"/time/date_finish",schemaPath:"contract#/$defs/ResponseTime/properties/date_finish/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid2 = _errs20 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.operating !== undefined){
let data8 = data1.operating;
const _errs23 = errors;
if(!((typeof data8 == "number") && (isFinite(data8)))){
validate113.errors = [{instancePath:instancePath+"/time/operating",schemaPath:"contract#/$defs/ResponseTime/properties/operating/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid2 = _errs23 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.operating_reset_at !== undefined){
let data9 = data1.operating_reset_at;
const _errs26 = errors;
if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
validate113.errors = [{instancePath:instancePath+"/time/operating_reset_at",schemaPath:"contract#/$defs/ResponseTime/properties/operating_reset_at/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid2 = _errs26 === errors;
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
validate113.errors = [{instancePath:instancePath+"/time",schemaPath:"contract#/$defs/ResponseTime/type",keyword:"type",params:{type: "object"},message:"must be object"}];
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
validate113.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate113.errors = vErrors;
return errors === 0;
}
validate113.evaluated = {"props":{"result":true,"time":true},"dynamicProps":false,"dynamicItems":false};


function validate112(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="imbotV2ChatMessageGetContextSuccess" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate112.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate113(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate113.errors : vErrors.concat(validate113.errors);
errors = vErrors.length;
}
validate112.errors = vErrors;
return errors === 0;
}
validate112.evaluated = {"props":{"result":true,"time":true},"dynamicProps":false,"dynamicItems":false};

export const imbotV2ChatMessageReactionAddParams = validate304;
const schema367 = {"$id":"imbotV2ChatMessageReactionAddParams","$ref":"contract#/$defs/ImbotV2ChatMessageReactionAddParams"};
const schema368 = {"type":"object","description":"Parameters of imbot.v2.Chat.Message.Reaction.add.","required":["botId","messageId","reaction"],"properties":{"botId":{"$ref":"contract#/$defs/BotId","description":"Id of the bot acting. Missing: BOT_ID_REQUIRED.","x-bitrix-empty-error":"BOT_ID_REQUIRED"},"botToken":{"$ref":"contract#/$defs/BotToken","x-bitrix-webhook-required":"BOT_TOKEN_NOT_SPECIFIED","description":"The bot token set at Bot.register. Needed when calling through an incoming webhook (missing: BOT_TOKEN_NOT_SPECIFIED); OAuth calls leave it out."},"messageId":{"$ref":"contract#/$defs/MessageId","description":"The message."},"reaction":{"$ref":"contract#/$defs/ImbotV2ReactionCode","description":"The reaction code, e.g. like."}}};
const schema212 = {"description":"A reaction code: one of the known codes, or another non-empty string. Not a closed enum on purpose: the list may change, and portals answer an unknown code with REACTION_NOT_FOUND (a stand-in portal should do the same for codes outside ImbotV2KnownReactionCode), not INVALID_FORMAT.","anyOf":[{"$ref":"contract#/$defs/ImbotV2KnownReactionCode"},{"type":"string","minLength":1}]};
const schema213 = {"type":"string","enum":["like","dislike","faceWithTearsOfJoy","redHeart","neutralFace","fire","cry","slightlySmilingFace","winkingFace","laugh","kiss","wonder","slightlyFrowningFace","loudlyCryingFace","faceWithStuckOutTongue","faceWithStuckOutTongueAndWinkingEye","smilingFaceWithSunglasses","confusedFace","flushedFace","thinkingFace","angry","smilingFaceWithHorns","faceWithThermometer","facepalm","poo","flexedBiceps","clappingHands","raisedHand","smilingFaceWithHeartEyes","smilingFaceWithHearts","pleadingFace","relievedFace","foldedHands","okHand","signHorns","loveYouGesture","clownFace","partyingFace","questionMark","exclamationMark","lightBulb","bomb","sleepingSymbol","crossMark","whiteHeavyCheckMark","eyes","handshake","hundredPoints"],"description":"The 48 reaction codes listed on V2/messages/chat-message-reaction-add.md. The page warns the list may change without notice.","example":"like"};

function validate200(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate200.evaluated;
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
const err1 = {instancePath,schemaPath:"contract#/$defs/ImbotV2KnownReactionCode/enum",keyword:"enum",params:{allowedValues: schema213.enum},message:"must be equal to one of the allowed values"};
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
const _errs5 = errors;
if(errors === _errs5){
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
var _valid0 = _errs5 === errors;
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
validate200.errors = vErrors;
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
validate200.errors = vErrors;
return errors === 0;
}
validate200.evaluated = {"dynamicProps":false,"dynamicItems":false};


function validate305(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate305.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.botId === undefined) && (missing0 = "botId")) || ((data.messageId === undefined) && (missing0 = "messageId"))) || ((data.reaction === undefined) && (missing0 = "reaction"))){
validate305.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.botId !== undefined){
let data0 = data.botId;
const _errs1 = errors;
const _errs2 = errors;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
validate305.errors = [{instancePath:instancePath+"/botId",schemaPath:"contract#/$defs/BotId/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs2){
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 < 1 || isNaN(data0)){
validate305.errors = [{instancePath:instancePath+"/botId",schemaPath:"contract#/$defs/BotId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
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
const _errs6 = errors;
const _errs7 = errors;
if(errors === _errs7){
if(typeof data1 === "string"){
if(func1(data1) > 40){
validate305.errors = [{instancePath:instancePath+"/botToken",schemaPath:"contract#/$defs/BotToken/maxLength",keyword:"maxLength",params:{limit: 40},message:"must NOT have more than 40 characters"}];
return false;
}
else {
if(func1(data1) < 1){
validate305.errors = [{instancePath:instancePath+"/botToken",schemaPath:"contract#/$defs/BotToken/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate305.errors = [{instancePath:instancePath+"/botToken",schemaPath:"contract#/$defs/BotToken/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.messageId !== undefined){
let data2 = data.messageId;
const _errs11 = errors;
const _errs12 = errors;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
validate305.errors = [{instancePath:instancePath+"/messageId",schemaPath:"contract#/$defs/MessageId/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs12){
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 1 || isNaN(data2)){
validate305.errors = [{instancePath:instancePath+"/messageId",schemaPath:"contract#/$defs/MessageId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.reaction !== undefined){
const _errs15 = errors;
if(!(validate200(data.reaction, {instancePath:instancePath+"/reaction",parentData:data,parentDataProperty:"reaction",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate200.errors : vErrors.concat(validate200.errors);
errors = vErrors.length;
}
var valid0 = _errs15 === errors;
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
validate305.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate305.errors = vErrors;
return errors === 0;
}
validate305.evaluated = {"props":{"botId":true,"botToken":true,"messageId":true,"reaction":true},"dynamicProps":false,"dynamicItems":false};


function validate304(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="imbotV2ChatMessageReactionAddParams" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate304.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate305(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate305.errors : vErrors.concat(validate305.errors);
errors = vErrors.length;
}
validate304.errors = vErrors;
return errors === 0;
}
validate304.evaluated = {"props":{"botId":true,"botToken":true,"messageId":true,"reaction":true},"dynamicProps":false,"dynamicItems":false};

export const imbotV2ChatMessageReactionAddSuccess = validate119;
const schema137 = {"$id":"imbotV2ChatMessageReactionAddSuccess","$ref":"contract#/$defs/ImbotV2ChatMessageReactionAddSuccess"};
const schema138 = {"type":"object","description":"Success envelope of imbot.v2.Chat.Message.Reaction.add.","required":["result","time"],"properties":{"result":{"$ref":"contract#/$defs/BooleanResult"},"time":{"$ref":"contract#/$defs/ResponseTime"}}};

function validate120(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate120.evaluated;
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
validate120.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.result !== undefined){
let data0 = data.result;
const _errs1 = errors;
const _errs2 = errors;
if(errors === _errs2){
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
let missing1;
if((data0.result === undefined) && (missing1 = "result")){
validate120.errors = [{instancePath:instancePath+"/result",schemaPath:"contract#/$defs/BooleanResult/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data0.result !== undefined){
if(typeof data0.result !== "boolean"){
validate120.errors = [{instancePath:instancePath+"/result/result",schemaPath:"contract#/$defs/BooleanResult/properties/result/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
}
}
}
else {
validate120.errors = [{instancePath:instancePath+"/result",schemaPath:"contract#/$defs/BooleanResult/type",keyword:"type",params:{type: "object"},message:"must be object"}];
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
let data2 = data.time;
const _errs8 = errors;
const _errs9 = errors;
if(errors === _errs9){
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
let missing2;
if(((((((data2.start === undefined) && (missing2 = "start")) || ((data2.finish === undefined) && (missing2 = "finish"))) || ((data2.duration === undefined) && (missing2 = "duration"))) || ((data2.processing === undefined) && (missing2 = "processing"))) || ((data2.date_start === undefined) && (missing2 = "date_start"))) || ((data2.date_finish === undefined) && (missing2 = "date_finish"))){
validate120.errors = [{instancePath:instancePath+"/time",schemaPath:"contract#/$defs/ResponseTime/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
if(data2.start !== undefined){
let data3 = data2.start;
const _errs11 = errors;
if(!((typeof data3 == "number") && (isFinite(data3)))){
validate120.errors = [{instancePath:instancePath+"/time/start",schemaPath:"contract#/$defs/ResponseTime/properties/start/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid4 = _errs11 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data2.finish !== undefined){
let data4 = data2.finish;
const _errs14 = errors;
if(!((typeof data4 == "number") && (isFinite(data4)))){
validate120.errors = [{instancePath:instancePath+"/time/finish",schemaPath:"contract#/$defs/ResponseTime/properties/finish/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid4 = _errs14 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data2.duration !== undefined){
let data5 = data2.duration;
const _errs17 = errors;
if(!((typeof data5 == "number") && (isFinite(data5)))){
validate120.errors = [{instancePath:instancePath+"/time/duration",schemaPath:"contract#/$defs/ResponseTime/properties/duration/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid4 = _errs17 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data2.processing !== undefined){
let data6 = data2.processing;
const _errs20 = errors;
if(!((typeof data6 == "number") && (isFinite(data6)))){
validate120.errors = [{instancePath:instancePath+"/time/processing",schemaPath:"contract#/$defs/ResponseTime/properties/processing/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid4 = _errs20 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data2.date_start !== undefined){
let data7 = data2.date_start;
const _errs23 = errors;
if(errors === _errs23){
if(errors === _errs23){
if(typeof data7 === "string"){
if(!(formats0(data7))){
validate120.errors = [{instancePath:instancePath+"/time/date_start",schemaPath:"contract#/$defs/ResponseTime/properties/date_start/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate120.errors = [{instancePath:instancePath+"/time/date_start",schemaPath:"contract#/$defs/ResponseTime/properties/date_start/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid4 = _errs23 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data2.date_finish !== undefined){
let data8 = data2.date_finish;
const _errs26 = errors;
if(errors === _errs26){
if(errors === _errs26){
if(typeof data8 === "string"){
if(!(formats0(data8))){
validate120.errors = [{instancePath:instancePath+"/time/date_finish",schemaPath:"contract#/$defs/ResponseTime/properties/date_finish/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate120.errors = [{instancePath:instancePath+"/time/date_finish",schemaPath:"contract#/$defs/ResponseTime/properties/date_finish/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid4 = _errs26 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data2.operating !== undefined){
let data9 = data2.operating;
const _errs29 = errors;
if(!((typeof data9 == "number") && (isFinite(data9)))){
validate120.errors = [{instancePath:instancePath+"/time/operating",schemaPath:"contract#/$defs/ResponseTime/properties/operating/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid4 = _errs29 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data2.operating_reset_at !== undefined){
let data10 = data2.operating_reset_at;
const _errs32 = errors;
if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){
validate120.errors = [{instancePath:instancePath+"/time/operating_reset_at",schemaPath:"contract#/$defs/ResponseTime/properties/operating_reset_at/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid4 = _errs32 === errors;
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
validate120.errors = [{instancePath:instancePath+"/time",schemaPath:"contract#/$defs/ResponseTime/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
}
}
}
else {
validate120.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate120.errors = vErrors;
return errors === 0;
}
validate120.evaluated = {"props":{"result":true,"time":true},"dynamicProps":false,"dynamicItems":false};


function validate119(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="imbotV2ChatMessageReactionAddSuccess" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate119.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate120(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate120.errors : vErrors.concat(validate120.errors);
errors = vErrors.length;
}
validate119.errors = vErrors;
return errors === 0;
}
validate119.evaluated = {"props":{"result":true,"time":true},"dynamicProps":false,"dynamicItems":false};

export const imbotV2ChatMessageReactionDeleteParams = validate308;
const schema372 = {"$id":"imbotV2ChatMessageReactionDeleteParams","$ref":"contract#/$defs/ImbotV2ChatMessageReactionDeleteParams"};
const schema373 = {"type":"object","description":"Parameters of imbot.v2.Chat.Message.Reaction.delete.","required":["botId","messageId","reaction"],"properties":{"botId":{"$ref":"contract#/$defs/BotId","description":"Id of the bot acting. Missing: BOT_ID_REQUIRED.","x-bitrix-empty-error":"BOT_ID_REQUIRED"},"botToken":{"$ref":"contract#/$defs/BotToken","x-bitrix-webhook-required":"BOT_TOKEN_NOT_SPECIFIED","description":"The bot token set at Bot.register. Needed when calling through an incoming webhook (missing: BOT_TOKEN_NOT_SPECIFIED); OAuth calls leave it out."},"messageId":{"$ref":"contract#/$defs/MessageId","description":"The message."},"reaction":{"$ref":"contract#/$defs/ImbotV2ReactionCode","description":"The reaction code, e.g. like."}}};

function validate309(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate309.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.botId === undefined) && (missing0 = "botId")) || ((data.messageId === undefined) && (missing0 = "messageId"))) || ((data.reaction === undefined) && (missing0 = "reaction"))){
validate309.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.botId !== undefined){
let data0 = data.botId;
const _errs1 = errors;
const _errs2 = errors;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
validate309.errors = [{instancePath:instancePath+"/botId",schemaPath:"contract#/$defs/BotId/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs2){
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 < 1 || isNaN(data0)){
validate309.errors = [{instancePath:instancePath+"/botId",schemaPath:"contract#/$defs/BotId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
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
const _errs6 = errors;
const _errs7 = errors;
if(errors === _errs7){
if(typeof data1 === "string"){
if(func1(data1) > 40){
validate309.errors = [{instancePath:instancePath+"/botToken",schemaPath:"contract#/$defs/BotToken/maxLength",keyword:"maxLength",params:{limit: 40},message:"must NOT have more than 40 characters"}];
return false;
}
else {
if(func1(data1) < 1){
validate309.errors = [{instancePath:instancePath+"/botToken",schemaPath:"contract#/$defs/BotToken/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate309.errors = [{instancePath:instancePath+"/botToken",schemaPath:"contract#/$defs/BotToken/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.messageId !== undefined){
let data2 = data.messageId;
const _errs11 = errors;
const _errs12 = errors;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
validate309.errors = [{instancePath:instancePath+"/messageId",schemaPath:"contract#/$defs/MessageId/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs12){
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 1 || isNaN(data2)){
validate309.errors = [{instancePath:instancePath+"/messageId",schemaPath:"contract#/$defs/MessageId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.reaction !== undefined){
const _errs15 = errors;
if(!(validate200(data.reaction, {instancePath:instancePath+"/reaction",parentData:data,parentDataProperty:"reaction",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate200.errors : vErrors.concat(validate200.errors);
errors = vErrors.length;
}
var valid0 = _errs15 === errors;
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
validate309.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate309.errors = vErrors;
return errors === 0;
}
validate309.evaluated = {"props":{"botId":true,"botToken":true,"messageId":true,"reaction":true},"dynamicProps":false,"dynamicItems":false};


function validate308(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="imbotV2ChatMessageReactionDeleteParams" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate308.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate309(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate309.errors : vErrors.concat(validate309.errors);
errors = vErrors.length;
}
validate308.errors = vErrors;
return errors === 0;
}
validate308.evaluated = {"props":{"botId":true,"botToken":true,"messageId":true,"reaction":true},"dynamicProps":false,"dynamicItems":false};

export const imbotV2ChatMessageReactionDeleteSuccess = validate122;
const schema141 = {"$id":"imbotV2ChatMessageReactionDeleteSuccess","$ref":"contract#/$defs/ImbotV2ChatMessageReactionDeleteSuccess"};
const schema142 = {"type":"object","description":"Success envelope of imbot.v2.Chat.Message.Reaction.delete.","required":["result","time"],"properties":{"result":{"$ref":"contract#/$defs/BooleanResult"},"time":{"$ref":"contract#/$defs/ResponseTime"}}};

function validate123(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate123.evaluated;
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
validate123.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.result !== undefined){
let data0 = data.result;
const _errs1 = errors;
const _errs2 = errors;
if(errors === _errs2){
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
let missing1;
if((data0.result === undefined) && (missing1 = "result")){
validate123.errors = [{instancePath:instancePath+"/result",schemaPath:"contract#/$defs/BooleanResult/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data0.result !== undefined){
if(typeof data0.result !== "boolean"){
validate123.errors = [{instancePath:instancePath+"/result/result",schemaPath:"contract#/$defs/BooleanResult/properties/result/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
}
}
}
else {
validate123.errors = [{instancePath:instancePath+"/result",schemaPath:"contract#/$defs/BooleanResult/type",keyword:"type",params:{type: "object"},message:"must be object"}];
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
let data2 = data.time;
const _errs8 = errors;
const _errs9 = errors;
if(errors === _errs9){
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
let missing2;
if(((((((data2.start === undefined) && (missing2 = "start")) || ((data2.finish === undefined) && (missing2 = "finish"))) || ((data2.duration === undefined) && (missing2 = "duration"))) || ((data2.processing === undefined) && (missing2 = "processing"))) || ((data2.date_start === undefined) && (missing2 = "date_start"))) || ((data2.date_finish === undefined) && (missing2 = "date_finish"))){
validate123.errors = [{instancePath:instancePath+"/time",schemaPath:"contract#/$defs/ResponseTime/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
if(data2.start !== undefined){
let data3 = data2.start;
const _errs11 = errors;
if(!((typeof data3 == "number") && (isFinite(data3)))){
validate123.errors = [{instancePath:instancePath+"/time/start",schemaPath:"contract#/$defs/ResponseTime/properties/start/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid4 = _errs11 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data2.finish !== undefined){
let data4 = data2.finish;
const _errs14 = errors;
if(!((typeof data4 == "number") && (isFinite(data4)))){
validate123.errors = [{instancePath:instancePath+"/time/finish",schemaPath:"contract#/$defs/ResponseTime/properties/finish/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid4 = _errs14 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data2.duration !== undefined){
let data5 = data2.duration;
const _errs17 = errors;
if(!((typeof data5 == "number") && (isFinite(data5)))){
validate123.errors = [{instancePath:instancePath+"/time/duration",schemaPath:"contract#/$defs/ResponseTime/properties/duration/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid4 = _errs17 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data2.processing !== undefined){
let data6 = data2.processing;
const _errs20 = errors;
if(!((typeof data6 == "number") && (isFinite(data6)))){
validate123.errors = [{instancePath:instancePath+"/time/processing",schemaPath:"contract#/$defs/ResponseTime/properties/processing/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid4 = _errs20 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data2.date_start !== undefined){
let data7 = data2.date_start;
const _errs23 = errors;
if(errors === _errs23){
if(errors === _errs23){
if(typeof data7 === "string"){
if(!(formats0(data7))){
validate123.errors = [{instancePath:instancePath+"/time/date_start",schemaPath:"contract#/$defs/ResponseTime/properties/date_start/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate123.errors = [{instancePath:instancePath+"/time/date_start",schemaPath:"contract#/$defs/ResponseTime/properties/date_start/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid4 = _errs23 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data2.date_finish !== undefined){
let data8 = data2.date_finish;
const _errs26 = errors;
if(errors === _errs26){
if(errors === _errs26){
if(typeof data8 === "string"){
if(!(formats0(data8))){
validate123.errors = [{instancePath:instancePath+"/time/date_finish",schemaPath:"contract#/$defs/ResponseTime/properties/date_finish/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate123.errors = [{instancePath:instancePath+"/time/date_finish",schemaPath:"contract#/$defs/ResponseTime/properties/date_finish/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid4 = _errs26 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data2.operating !== undefined){
let data9 = data2.operating;
const _errs29 = errors;
if(!((typeof data9 == "number") && (isFinite(data9)))){
validate123.errors = [{instancePath:instancePath+"/time/operating",schemaPath:"contract#/$defs/ResponseTime/properties/operating/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid4 = _errs29 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data2.operating_reset_at !== undefined){
let data10 = data2.operating_reset_at;
const _errs32 = errors;
if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){
validate123.errors = [{instancePath:instancePath+"/time/operating_reset_at",schemaPath:"contract#/$defs/ResponseTime/properties/operating_reset_at/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid4 = _errs32 === errors;
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
validate123.errors = [{instancePath:instancePath+"/time",schemaPath:"contract#/$defs/ResponseTime/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
}
}
}
else {
validate123.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate123.errors = vErrors;
return errors === 0;
}
validate123.evaluated = {"props":{"result":true,"time":true},"dynamicProps":false,"dynamicItems":false};


function validate122(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="imbotV2ChatMessageReactionDeleteSuccess" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate122.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate123(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate123.errors : vErrors.concat(validate123.errors);
errors = vErrors.length;
}
validate122.errors = vErrors;
return errors === 0;
}
validate122.evaluated = {"props":{"result":true,"time":true},"dynamicProps":false,"dynamicItems":false};

export const imbotV2CommandRegisterParams = validate312;
const schema377 = {"$id":"imbotV2CommandRegisterParams","$ref":"contract#/$defs/ImbotV2CommandRegisterParams"};
const schema378 = {"type":"object","description":"Parameters of imbot.v2.Command.register.","required":["botId","fields"],"properties":{"botId":{"$ref":"contract#/$defs/BotId","description":"Id of the bot acting. Missing: BOT_ID_REQUIRED.","x-bitrix-empty-error":"BOT_ID_REQUIRED"},"botToken":{"$ref":"contract#/$defs/BotToken","x-bitrix-webhook-required":"BOT_TOKEN_NOT_SPECIFIED","description":"The bot token set at Bot.register. Needed when calling through an incoming webhook (missing: BOT_TOKEN_NOT_SPECIFIED); OAuth calls leave it out."},"fields":{"type":"object","required":["command"],"description":"The command.","properties":{"command":{"$ref":"contract#/$defs/ImbotV2CommandName"},"title":{"$ref":"contract#/$defs/ImbotV2LocalizedText","description":"Title per language; needed unless hidden (else COMMAND_TITLE_REQUIRED)."},"params":{"$ref":"contract#/$defs/ImbotV2LocalizedText","description":"Parameter hint per language."},"common":{"type":"boolean","description":"true: usable in every chat; false: only in the bot's dialog and chats it is in. JSON booleans; portals also read \"Y\"/\"N\".","default":false},"hidden":{"type":"boolean","description":"Hide from the command list. JSON booleans; portals also read \"Y\"/\"N\".","default":false},"extranetSupport":{"type":"boolean","description":"Available to extranet users. JSON booleans; portals also read \"Y\"/\"N\".","default":false}}}}};
const schema381 = {"type":"string","minLength":1,"description":"Command name without the leading slash, e.g. help. Responses and events show it with the slash (/help).","example":"help"};
const schema382 = {"type":"object","description":"Text per language: keys are two-letter lower-case language codes (en, de, ...).","propertyNames":{"pattern":"^[a-z]{2}$"},"additionalProperties":{"type":"string"},"example":{"en":"Help","de":"Hilfe"}};
const pattern20 = new RegExp("^[a-z]{2}$", "u");

function validate313(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate313.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.botId === undefined) && (missing0 = "botId")) || ((data.fields === undefined) && (missing0 = "fields"))){
validate313.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.botId !== undefined){
let data0 = data.botId;
const _errs1 = errors;
const _errs2 = errors;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
validate313.errors = [{instancePath:instancePath+"/botId",schemaPath:"contract#/$defs/BotId/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs2){
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 < 1 || isNaN(data0)){
validate313.errors = [{instancePath:instancePath+"/botId",schemaPath:"contract#/$defs/BotId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
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
const _errs6 = errors;
const _errs7 = errors;
if(errors === _errs7){
if(typeof data1 === "string"){
if(func1(data1) > 40){
validate313.errors = [{instancePath:instancePath+"/botToken",schemaPath:"contract#/$defs/BotToken/maxLength",keyword:"maxLength",params:{limit: 40},message:"must NOT have more than 40 characters"}];
return false;
}
else {
if(func1(data1) < 1){
validate313.errors = [{instancePath:instancePath+"/botToken",schemaPath:"contract#/$defs/BotToken/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate313.errors = [{instancePath:instancePath+"/botToken",schemaPath:"contract#/$defs/BotToken/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.fields !== undefined){
let data2 = data.fields;
const _errs11 = errors;
if(errors === _errs11){
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.common === undefined){
data2.common = false;
}
if(data2.hidden === undefined){
data2.hidden = false;
}
if(data2.extranetSupport === undefined){
data2.extranetSupport = false;
}
let missing1;
if((data2.command === undefined) && (missing1 = "command")){
validate313.errors = [{instancePath:instancePath+"/fields",schemaPath:"#/properties/fields/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data2.command !== undefined){
let data3 = data2.command;
const _errs13 = errors;
const _errs14 = errors;
if(errors === _errs14){
if(typeof data3 === "string"){
if(func1(data3) < 1){
validate313.errors = [{instancePath:instancePath+"/fields/command",schemaPath:"contract#/$defs/ImbotV2CommandName/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate313.errors = [{instancePath:instancePath+"/fields/command",schemaPath:"contract#/$defs/ImbotV2CommandName/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid3 = _errs13 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.title !== undefined){
let data4 = data2.title;
const _errs17 = errors;
const _errs18 = errors;
if(errors === _errs18){
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
for(const key0 in data4){
const _errs21 = errors;
if(typeof key0 === "string"){
if(!pattern20.test(key0)){
const err0 = {instancePath:instancePath+"/fields/title",schemaPath:"contract#/$defs/ImbotV2LocalizedText/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[a-z]{2}$"},message:"must match pattern \""+"^[a-z]{2}$"+"\"",propertyName:key0};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
var valid6 = _errs21 === errors;
if(!valid6){
const err1 = {instancePath:instancePath+"/fields/title",schemaPath:"contract#/$defs/ImbotV2LocalizedText/propertyNames",keyword:"propertyNames",params:{propertyName: key0},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
validate313.errors = vErrors;
return false;
break;
}
}
if(valid6){
for(const key1 in data4){
const _errs23 = errors;
if(typeof data4[key1] !== "string"){
validate313.errors = [{instancePath:instancePath+"/fields/title/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"contract#/$defs/ImbotV2LocalizedText/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid7 = _errs23 === errors;
if(!valid7){
break;
}
}
}
}
else {
validate313.errors = [{instancePath:instancePath+"/fields/title",schemaPath:"contract#/$defs/ImbotV2LocalizedText/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid3 = _errs17 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.params !== undefined){
let data6 = data2.params;
const _errs25 = errors;
const _errs26 = errors;
if(errors === _errs26){
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
for(const key2 in data6){
const _errs29 = errors;
if(typeof key2 === "string"){
if(!pattern20.test(key2)){
const err2 = {instancePath:instancePath+"/fields/params",schemaPath:"contract#/$defs/ImbotV2LocalizedText/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[a-z]{2}$"},message:"must match pattern \""+"^[a-z]{2}$"+"\"",propertyName:key2};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
var valid9 = _errs29 === errors;
if(!valid9){
const err3 = {instancePath:instancePath+"/fields/params",schemaPath:"contract#/$defs/ImbotV2LocalizedText/propertyNames",keyword:"propertyNames",params:{propertyName: key2},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
validate313.errors = vErrors;
return false;
break;
}
}
if(valid9){
for(const key3 in data6){
const _errs31 = errors;
if(typeof data6[key3] !== "string"){
validate313.errors = [{instancePath:instancePath+"/fields/params/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"contract#/$defs/ImbotV2LocalizedText/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid10 = _errs31 === errors;
if(!valid10){
break;
}
}
}
}
else {
validate313.errors = [{instancePath:instancePath+"/fields/params",schemaPath:"contract#/$defs/ImbotV2LocalizedText/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid3 = _errs25 === errors;
}
else {
var valid3 = true;
}
if(valid3){
const _errs33 = errors;
if(typeof data2.common !== "boolean"){
validate313.errors = [{instancePath:instancePath+"/fields/common",schemaPath:"#/properties/fields/properties/common/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid3 = _errs33 === errors;
if(valid3){
const _errs35 = errors;
if(typeof data2.hidden !== "boolean"){
validate313.errors = [{instancePath:instancePath+"/fields/hidden",schemaPath:"#/properties/fields/properties/hidden/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid3 = _errs35 === errors;
if(valid3){
const _errs37 = errors;
if(typeof data2.extranetSupport !== "boolean"){
validate313.errors = [{instancePath:instancePath+"/fields/extranetSupport",schemaPath:"#/properties/fields/properties/extranetSupport/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid3 = _errs37 === errors;
}
}
}
}
}
}
}
else {
validate313.errors = [{instancePath:instancePath+"/fields",schemaPath:"#/properties/fields/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate313.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate313.errors = vErrors;
return errors === 0;
}
validate313.evaluated = {"props":{"botId":true,"botToken":true,"fields":true},"dynamicProps":false,"dynamicItems":false};


function validate312(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="imbotV2CommandRegisterParams" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate312.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate313(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate313.errors : vErrors.concat(validate313.errors);
errors = vErrors.length;
}
validate312.errors = vErrors;
return errors === 0;
}
validate312.evaluated = {"props":{"botId":true,"botToken":true,"fields":true},"dynamicProps":false,"dynamicItems":false};

export const imbotV2CommandRegisterSuccess = validate125;
const schema145 = {"$id":"imbotV2CommandRegisterSuccess","$ref":"contract#/$defs/ImbotV2CommandRegisterSuccess"};
const schema146 = {"type":"object","description":"Success envelope of imbot.v2.Command.register.","required":["result","time"],"properties":{"result":{"$ref":"contract#/$defs/ImbotV2CommandRegisterResult"},"time":{"$ref":"contract#/$defs/ResponseTime"}}};
const schema147 = {"type":"object","description":"What imbot.v2.Command.register returns.","required":["command"],"properties":{"command":{"$ref":"contract#/$defs/Command"}},"example":{"command":{"id":42,"botId":456,"command":"/help","common":false,"hidden":false,"extranetSupport":false}}};
const schema148 = {"type":"object","description":"A slash command of a bot (entities.md, Command). title, params, category and context come only in method answers, in the portal's language.","required":["id","command"],"properties":{"id":{"type":"integer","minimum":1,"description":"Command id."},"botId":{"type":"integer","minimum":1,"description":"Id of the bot that owns it."},"command":{"type":"string","description":"The command with its leading slash (`/help`)."},"common":{"type":"boolean","description":"Available in every chat (true) or only where the bot is (false)."},"hidden":{"type":"boolean","description":"Left out of the suggestion list."},"extranetSupport":{"type":"boolean","description":"Available to extranet users."},"title":{"type":"string","description":"Answers only. Title."},"params":{"type":"string","description":"Answers only. Description of its parameters."},"category":{"type":"string","description":"Answers only. Name of the owning bot."},"context":{"type":"string","description":"Answers only. Where it was called from."}},"example":{"id":78,"botId":456,"command":"/help","common":false,"hidden":false,"extranetSupport":false,"title":"Show help","params":"[query]","category":"Support Bot","context":"chat"}};

function validate127(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate127.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.command === undefined) && (missing0 = "command")){
validate127.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.command !== undefined){
let data0 = data.command;
const _errs3 = errors;
if(errors === _errs3){
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
let missing1;
if(((data0.id === undefined) && (missing1 = "id")) || ((data0.command === undefined) && (missing1 = "command"))){
validate127.errors = [{instancePath:instancePath+"/command",schemaPath:"contract#/$defs/Command/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data0.id !== undefined){
let data1 = data0.id;
const _errs6 = errors;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
validate127.errors = [{instancePath:instancePath+"/command/id",schemaPath:"contract#/$defs/Command/properties/id/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs6){
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 < 1 || isNaN(data1)){
validate127.errors = [{instancePath:instancePath+"/command/id",schemaPath:"contract#/$defs/Command/properties/id/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
var valid2 = _errs6 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data0.botId !== undefined){
let data2 = data0.botId;
const _errs8 = errors;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
validate127.errors = [{instancePath:instancePath+"/command/botId",schemaPath:"contract#/$defs/Command/properties/botId/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs8){
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 1 || isNaN(data2)){
validate127.errors = [{instancePath:instancePath+"/command/botId",schemaPath:"contract#/$defs/Command/properties/botId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
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
if(data0.command !== undefined){
const _errs10 = errors;
if(typeof data0.command !== "string"){
validate127.errors = [{instancePath:instancePath+"/command/command",schemaPath:"contract#/$defs/Command/properties/command/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs10 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data0.common !== undefined){
const _errs12 = errors;
if(typeof data0.common !== "boolean"){
validate127.errors = [{instancePath:instancePath+"/command/common",schemaPath:"contract#/$defs/Command/properties/common/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid2 = _errs12 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data0.hidden !== undefined){
const _errs14 = errors;
if(typeof data0.hidden !== "boolean"){
validate127.errors = [{instancePath:instancePath+"/command/hidden",schemaPath:"contract#/$defs/Command/properties/hidden/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid2 = _errs14 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data0.extranetSupport !== undefined){
const _errs16 = errors;
if(typeof data0.extranetSupport !== "boolean"){
validate127.errors = [{instancePath:instancePath+"/command/extranetSupport",schemaPath:"contract#/$defs/Command/properties/extranetSupport/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid2 = _errs16 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data0.title !== undefined){
const _errs18 = errors;
if(typeof data0.title !== "string"){
validate127.errors = [{instancePath:instancePath+"/command/title",schemaPath:"contract#/$defs/Command/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs18 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data0.params !== undefined){
const _errs20 = errors;
if(typeof data0.params !== "string"){
validate127.errors = [{instancePath:instancePath+"/command/params",schemaPath:"contract#/$defs/Command/properties/params/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs20 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data0.category !== undefined){
const _errs22 = errors;
if(typeof data0.category !== "string"){
validate127.errors = [{instancePath:instancePath+"/command/category",schemaPath:"contract#/$defs/Command/properties/category/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs22 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data0.context !== undefined){
const _errs24 = errors;
if(typeof data0.context !== "string"){
validate127.errors = [{instancePath:instancePath+"/command/context",schemaPath:"contract#/$defs/Command/properties/context/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs24 === errors;
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
validate127.errors = [{instancePath:instancePath+"/command",schemaPath:"contract#/$defs/Command/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
}
}
}
else {
validate127.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate127.errors = vErrors;
return errors === 0;
}
validate127.evaluated = {"props":{"command":true},"dynamicProps":false,"dynamicItems":false};


function validate126(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate126.evaluated;
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
validate126.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.result !== undefined){
const _errs1 = errors;
if(!(validate127(data.result, {instancePath:instancePath+"/result",parentData:data,parentDataProperty:"result",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate127.errors : vErrors.concat(validate127.errors);
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
validate126.errors = [{instancePath:instancePath+"/time",schemaPath:"contract#/$defs/ResponseTime/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data1.start !== undefined){
let data2 = data1.start;
const _errs5 = errors;
if(!((typeof data2 == "number") && (isFinite(data2)))){
validate126.errors = [{instancePath:instancePath+"/time/start",schemaPath:"contract#/$defs/ResponseTime/properties/start/type",keyword:"type",params:{type: "number"},message:"must be number"}];
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
const _errs8 = errors;
if(!((typeof data3 == "number") && (isFinite(data3)))){
validate126.errors = [{instancePath:instancePath+"/time/finish",schemaPath:"contract#/$defs/ResponseTime/properties/finish/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid2 = _errs8 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.duration !== undefined){
let data4 = data1.duration;
const _errs11 = errors;
if(!((typeof data4 == "number") && (isFinite(data4)))){
validate126.errors = [{instancePath:instancePath+"/time/duration",schemaPath:"contract#/$defs/ResponseTime/properties/duration/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid2 = _errs11 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.processing !== undefined){
let data5 = data1.processing;
const _errs14 = errors;
if(!((typeof data5 == "number") && (isFinite(data5)))){
validate126.errors = [{instancePath:instancePath+"/time/processing",schemaPath:"contract#/$defs/ResponseTime/properties/processing/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid2 = _errs14 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.date_start !== undefined){
let data6 = data1.date_start;
const _errs17 = errors;
if(errors === _errs17){
if(errors === _errs17){
if(typeof data6 === "string"){
if(!(formats0(data6))){
validate126.errors = [{instancePath:instancePath+"/time/date_start",schemaPath:"contract#/$defs/ResponseTime/properties/date_start/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate126.errors = [{instancePath:instancePath+"/time/date_start",schemaPath:"contract#/$defs/ResponseTime/properties/date_start/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid2 = _errs17 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.date_finish !== undefined){
let data7 = data1.date_finish;
const _errs20 = errors;
if(errors === _errs20){
if(errors === _errs20){
if(typeof data7 === "string"){
if(!(formats0(data7))){
validate126.errors = [{instancePath:instancePath+"/time/date_finish",schemaPath:"contract#/$defs/ResponseTime/properties/date_finish/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate126.errors = [{instancePath:instancePath+"/time/date_finish",schemaPath:"contract#/$defs/ResponseTime/properties/date_finish/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid2 = _errs20 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.operating !== undefined){
let data8 = data1.operating;
const _errs23 = errors;
if(!((typeof data8 == "number") && (isFinite(data8)))){
validate126.errors = [{instancePath:instancePath+"/time/operating",schemaPath:"contract#/$defs/ResponseTime/properties/operating/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid2 = _errs23 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.operating_reset_at !== undefined){
let data9 = data1.operating_reset_at;
const _errs26 = errors;
if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
validate126.errors = [{instancePath:instancePath+"/time/operating_reset_at",schemaPath:"contract#/$defs/ResponseTime/properties/operating_reset_at/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid2 = _errs26 === errors;
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
validate126.errors = [{instancePath:instancePath+"/time",schemaPath:"contract#/$defs/ResponseTime/type",keyword:"type",params:{type: "object"},message:"must be object"}];
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
validate126.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate126.errors = vErrors;
return errors === 0;
}
validate126.evaluated = {"props":{"result":true,"time":true},"dynamicProps":false,"dynamicItems":false};


function validate125(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="imbotV2CommandRegisterSuccess" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate125.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate126(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate126.errors : vErrors.concat(validate126.errors);
errors = vErrors.length;
}
validate125.errors = vErrors;
return errors === 0;
}
validate125.evaluated = {"props":{"result":true,"time":true},"dynamicProps":false,"dynamicItems":false};

export const imbotV2CommandUpdateParams = validate315;
const schema384 = {"$id":"imbotV2CommandUpdateParams","$ref":"contract#/$defs/ImbotV2CommandUpdateParams"};
const schema385 = {"type":"object","description":"Parameters of imbot.v2.Command.update.","required":["botId","commandId","fields"],"properties":{"botId":{"$ref":"contract#/$defs/BotId","description":"Id of the bot acting. Missing: BOT_ID_REQUIRED.","x-bitrix-empty-error":"BOT_ID_REQUIRED"},"botToken":{"$ref":"contract#/$defs/BotToken","x-bitrix-webhook-required":"BOT_TOKEN_NOT_SPECIFIED","description":"The bot token set at Bot.register. Needed when calling through an incoming webhook (missing: BOT_TOKEN_NOT_SPECIFIED); OAuth calls leave it out."},"commandId":{"$ref":"contract#/$defs/CommandId","description":"The command to change."},"fields":{"type":"object","description":"What to change; fields left out stay.","properties":{"command":{"$ref":"contract#/$defs/ImbotV2CommandName","description":"New name, without the slash."},"title":{"$ref":"contract#/$defs/ImbotV2LocalizedTextPatch","description":"Title changes per language."},"params":{"$ref":"contract#/$defs/ImbotV2LocalizedTextPatch","description":"Hint changes per language; only languages also given in title apply."},"common":{"type":"boolean","description":"Usable in every chat. JSON booleans; portals also read \"Y\"/\"N\"."},"hidden":{"type":"boolean","description":"Hide from the command list. JSON booleans; portals also read \"Y\"/\"N\"."},"extranetSupport":{"type":"boolean","description":"Available to extranet users. JSON booleans; portals also read \"Y\"/\"N\"."}}}}};
const schema207 = {"type":"integer","minimum":1,"description":"Id of a slash command.","example":78};
const schema390 = {"type":"object","description":"Changes to a per-language text: a string sets that language, null removes it, a language left out keeps its text.","propertyNames":{"pattern":"^[a-z]{2}$"},"additionalProperties":{"oneOf":[{"type":"string"},{"type":"null"}]},"example":{"de":"Neu","en":null}};

function validate316(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate316.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.botId === undefined) && (missing0 = "botId")) || ((data.commandId === undefined) && (missing0 = "commandId"))) || ((data.fields === undefined) && (missing0 = "fields"))){
validate316.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.botId !== undefined){
let data0 = data.botId;
const _errs1 = errors;
const _errs2 = errors;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
validate316.errors = [{instancePath:instancePath+"/botId",schemaPath:"contract#/$defs/BotId/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs2){
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 < 1 || isNaN(data0)){
validate316.errors = [{instancePath:instancePath+"/botId",schemaPath:"contract#/$defs/BotId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
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
const _errs6 = errors;
const _errs7 = errors;
if(errors === _errs7){
if(typeof data1 === "string"){
if(func1(data1) > 40){
validate316.errors = [{instancePath:instancePath+"/botToken",schemaPath:"contract#/$defs/BotToken/maxLength",keyword:"maxLength",params:{limit: 40},message:"must NOT have more than 40 characters"}];
return false;
}
else {
if(func1(data1) < 1){
validate316.errors = [{instancePath:instancePath+"/botToken",schemaPath:"contract#/$defs/BotToken/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate316.errors = [{instancePath:instancePath+"/botToken",schemaPath:"contract#/$defs/BotToken/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.commandId !== undefined){
let data2 = data.commandId;
const _errs11 = errors;
const _errs12 = errors;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
validate316.errors = [{instancePath:instancePath+"/commandId",schemaPath:"contract#/$defs/CommandId/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs12){
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 1 || isNaN(data2)){
validate316.errors = [{instancePath:instancePath+"/commandId",schemaPath:"contract#/$defs/CommandId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.fields !== undefined){
let data3 = data.fields;
const _errs15 = errors;
if(errors === _errs15){
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.command !== undefined){
let data4 = data3.command;
const _errs17 = errors;
const _errs18 = errors;
if(errors === _errs18){
if(typeof data4 === "string"){
if(func1(data4) < 1){
validate316.errors = [{instancePath:instancePath+"/fields/command",schemaPath:"contract#/$defs/ImbotV2CommandName/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate316.errors = [{instancePath:instancePath+"/fields/command",schemaPath:"contract#/$defs/ImbotV2CommandName/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid4 = _errs17 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data3.title !== undefined){
let data5 = data3.title;
const _errs21 = errors;
const _errs22 = errors;
if(errors === _errs22){
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
for(const key0 in data5){
const _errs25 = errors;
if(typeof key0 === "string"){
if(!pattern20.test(key0)){
const err0 = {instancePath:instancePath+"/fields/title",schemaPath:"contract#/$defs/ImbotV2LocalizedTextPatch/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[a-z]{2}$"},message:"must match pattern \""+"^[a-z]{2}$"+"\"",propertyName:key0};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
var valid7 = _errs25 === errors;
if(!valid7){
const err1 = {instancePath:instancePath+"/fields/title",schemaPath:"contract#/$defs/ImbotV2LocalizedTextPatch/propertyNames",keyword:"propertyNames",params:{propertyName: key0},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
validate316.errors = vErrors;
return false;
break;
}
}
if(valid7){
for(const key1 in data5){
let data6 = data5[key1];
const _errs27 = errors;
const _errs28 = errors;
let valid9 = false;
let passing0 = null;
const _errs29 = errors;
if(typeof data6 !== "string"){
const err2 = {instancePath:instancePath+"/fields/title/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"contract#/$defs/ImbotV2LocalizedTextPatch/additionalProperties/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
var _valid0 = _errs29 === errors;
if(_valid0){
valid9 = true;
passing0 = 0;
}
const _errs31 = errors;
if(data6 !== null){
const err3 = {instancePath:instancePath+"/fields/title/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"contract#/$defs/ImbotV2LocalizedTextPatch/additionalProperties/oneOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
var _valid0 = _errs31 === errors;
if(_valid0 && valid9){
valid9 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid9 = true;
passing0 = 1;
}
}
if(!valid9){
const err4 = {instancePath:instancePath+"/fields/title/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"contract#/$defs/ImbotV2LocalizedTextPatch/additionalProperties/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
validate316.errors = vErrors;
return false;
}
else {
errors = _errs28;
if(vErrors !== null){
if(_errs28){
vErrors.length = _errs28;
}
else {
vErrors = null;
}
}
}
var valid8 = _errs27 === errors;
if(!valid8){
break;
}
}
}
}
else {
validate316.errors = [{instancePath:instancePath+"/fields/title",schemaPath:"contract#/$defs/ImbotV2LocalizedTextPatch/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid4 = _errs21 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data3.params !== undefined){
let data7 = data3.params;
const _errs33 = errors;
const _errs34 = errors;
if(errors === _errs34){
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
for(const key2 in data7){
const _errs37 = errors;
if(typeof key2 === "string"){
if(!pattern20.test(key2)){
const err5 = {instancePath:instancePath+"/fields/params",schemaPath:"contract#/$defs/ImbotV2LocalizedTextPatch/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[a-z]{2}$"},message:"must match pattern \""+"^[a-z]{2}$"+"\"",propertyName:key2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
var valid11 = _errs37 === errors;
if(!valid11){
const err6 = {instancePath:instancePath+"/fields/params",schemaPath:"contract#/$defs/ImbotV2LocalizedTextPatch/propertyNames",keyword:"propertyNames",params:{propertyName: key2},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
validate316.errors = vErrors;
return false;
break;
}
}
if(valid11){
for(const key3 in data7){
let data8 = data7[key3];
const _errs39 = errors;
const _errs40 = errors;
let valid13 = false;
let passing1 = null;
const _errs41 = errors;
if(typeof data8 !== "string"){
const err7 = {instancePath:instancePath+"/fields/params/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"contract#/$defs/ImbotV2LocalizedTextPatch/additionalProperties/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var _valid1 = _errs41 === errors;
if(_valid1){
valid13 = true;
passing1 = 0;
}
const _errs43 = errors;
if(data8 !== null){
const err8 = {instancePath:instancePath+"/fields/params/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"contract#/$defs/ImbotV2LocalizedTextPatch/additionalProperties/oneOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
var _valid1 = _errs43 === errors;
if(_valid1 && valid13){
valid13 = false;
passing1 = [passing1, 1];
}
else {
if(_valid1){
valid13 = true;
passing1 = 1;
}
}
if(!valid13){
const err9 = {instancePath:instancePath+"/fields/params/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"contract#/$defs/ImbotV2LocalizedTextPatch/additionalProperties/oneOf",keyword:"oneOf",params:{passingSchemas: passing1},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
validate316.errors = vErrors;
return false;
}
else {
errors = _errs40;
if(vErrors !== null){
if(_errs40){
vErrors.length = _errs40;
}
else {
vErrors = null;
}
}
}
var valid12 = _errs39 === errors;
if(!valid12){
break;
}
}
}
}
else {
validate316.errors = [{instancePath:instancePath+"/fields/params",schemaPath:"contract#/$defs/ImbotV2LocalizedTextPatch/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid4 = _errs33 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data3.common !== undefined){
const _errs45 = errors;
if(typeof data3.common !== "boolean"){
validate316.errors = [{instancePath:instancePath+"/fields/common",schemaPath:"#/properties/fields/properties/common/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid4 = _errs45 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data3.hidden !== undefined){
const _errs47 = errors;
if(typeof data3.hidden !== "boolean"){
validate316.errors = [{instancePath:instancePath+"/fields/hidden",schemaPath:"#/properties/fields/properties/hidden/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid4 = _errs47 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data3.extranetSupport !== undefined){
const _errs49 = errors;
if(typeof data3.extranetSupport !== "boolean"){
validate316.errors = [{instancePath:instancePath+"/fields/extranetSupport",schemaPath:"#/properties/fields/properties/extranetSupport/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid4 = _errs49 === errors;
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
else {
validate316.errors = [{instancePath:instancePath+"/fields",schemaPath:"#/properties/fields/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs15 === errors;
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
validate316.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate316.errors = vErrors;
return errors === 0;
}
validate316.evaluated = {"props":{"botId":true,"botToken":true,"commandId":true,"fields":true},"dynamicProps":false,"dynamicItems":false};


function validate315(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="imbotV2CommandUpdateParams" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate315.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate316(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate316.errors : vErrors.concat(validate316.errors);
errors = vErrors.length;
}
validate315.errors = vErrors;
return errors === 0;
}
validate315.evaluated = {"props":{"botId":true,"botToken":true,"commandId":true,"fields":true},"dynamicProps":false,"dynamicItems":false};

export const imbotV2CommandUpdateSuccess = validate130;
const schema150 = {"$id":"imbotV2CommandUpdateSuccess","$ref":"contract#/$defs/ImbotV2CommandUpdateSuccess"};
const schema151 = {"type":"object","description":"Success envelope of imbot.v2.Command.update.","required":["result","time"],"properties":{"result":{"$ref":"contract#/$defs/ImbotV2CommandUpdateResult"},"time":{"$ref":"contract#/$defs/ResponseTime"}}};
const schema152 = {"type":"object","description":"What imbot.v2.Command.update returns.","required":["command"],"properties":{"command":{"$ref":"contract#/$defs/Command"}},"example":{"command":{"id":42,"botId":456,"command":"/help","common":false,"hidden":false,"extranetSupport":false}}};

function validate132(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate132.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.command === undefined) && (missing0 = "command")){
validate132.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.command !== undefined){
let data0 = data.command;
const _errs3 = errors;
if(errors === _errs3){
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
let missing1;
if(((data0.id === undefined) && (missing1 = "id")) || ((data0.command === undefined) && (missing1 = "command"))){
validate132.errors = [{instancePath:instancePath+"/command",schemaPath:"contract#/$defs/Command/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data0.id !== undefined){
let data1 = data0.id;
const _errs6 = errors;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
validate132.errors = [{instancePath:instancePath+"/command/id",schemaPath:"contract#/$defs/Command/properties/id/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs6){
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 < 1 || isNaN(data1)){
validate132.errors = [{instancePath:instancePath+"/command/id",schemaPath:"contract#/$defs/Command/properties/id/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
var valid2 = _errs6 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data0.botId !== undefined){
let data2 = data0.botId;
const _errs8 = errors;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
validate132.errors = [{instancePath:instancePath+"/command/botId",schemaPath:"contract#/$defs/Command/properties/botId/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs8){
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 1 || isNaN(data2)){
validate132.errors = [{instancePath:instancePath+"/command/botId",schemaPath:"contract#/$defs/Command/properties/botId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
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
if(data0.command !== undefined){
const _errs10 = errors;
if(typeof data0.command !== "string"){
validate132.errors = [{instancePath:instancePath+"/command/command",schemaPath:"contract#/$defs/Command/properties/command/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs10 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data0.common !== undefined){
const _errs12 = errors;
if(typeof data0.common !== "boolean"){
validate132.errors = [{instancePath:instancePath+"/command/common",schemaPath:"contract#/$defs/Command/properties/common/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid2 = _errs12 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data0.hidden !== undefined){
const _errs14 = errors;
if(typeof data0.hidden !== "boolean"){
validate132.errors = [{instancePath:instancePath+"/command/hidden",schemaPath:"contract#/$defs/Command/properties/hidden/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid2 = _errs14 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data0.extranetSupport !== undefined){
const _errs16 = errors;
if(typeof data0.extranetSupport !== "boolean"){
validate132.errors = [{instancePath:instancePath+"/command/extranetSupport",schemaPath:"contract#/$defs/Command/properties/extranetSupport/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid2 = _errs16 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data0.title !== undefined){
const _errs18 = errors;
if(typeof data0.title !== "string"){
validate132.errors = [{instancePath:instancePath+"/command/title",schemaPath:"contract#/$defs/Command/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs18 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data0.params !== undefined){
const _errs20 = errors;
if(typeof data0.params !== "string"){
validate132.errors = [{instancePath:instancePath+"/command/params",schemaPath:"contract#/$defs/Command/properties/params/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs20 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data0.category !== undefined){
const _errs22 = errors;
if(typeof data0.category !== "string"){
validate132.errors = [{instancePath:instancePath+"/command/category",schemaPath:"contract#/$defs/Command/properties/category/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs22 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data0.context !== undefined){
const _errs24 = errors;
if(typeof data0.context !== "string"){
validate132.errors = [{instancePath:instancePath+"/command/context",schemaPath:"contract#/$defs/Command/properties/context/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs24 === errors;
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
validate132.errors = [{instancePath:instancePath+"/command",schemaPath:"contract#/$defs/Command/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
}
}
}
else {
validate132.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate132.errors = vErrors;
return errors === 0;
}
validate132.evaluated = {"props":{"command":true},"dynamicProps":false,"dynamicItems":false};


function validate131(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate131.evaluated;
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
validate131.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.result !== undefined){
const _errs1 = errors;
if(!(validate132(data.result, {instancePath:instancePath+"/result",parentData:data,parentDataProperty:"result",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate132.errors : vErrors.concat(validate132.errors);
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
validate131.errors = [{instancePath:instancePath+"/time",schemaPath:"contract#/$defs/ResponseTime/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data1.start !== undefined){
let data2 = data1.start;
const _errs5 = errors;
if(!((typeof data2 == "number") && (isFinite(data2)))){
validate131.errors = [{instancePath:instancePath+"/time/start",schemaPath:"contract#/$defs/ResponseTime/properties/start/type",keyword:"type",params:{type: "number"},message:"must be number"}];
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
const _errs8 = errors;
if(!((typeof data3 == "number") && (isFinite(data3)))){
validate131.errors = [{instancePath:instancePath+"/time/finish",schemaPath:"contract#/$defs/ResponseTime/properties/finish/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid2 = _errs8 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.duration !== undefined){
let data4 = data1.duration;
const _errs11 = errors;
if(!((typeof data4 == "number") && (isFinite(data4)))){
validate131.errors = [{instancePath:instancePath+"/time/duration",schemaPath:"contract#/$defs/ResponseTime/properties/duration/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid2 = _errs11 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.processing !== undefined){
let data5 = data1.processing;
const _errs14 = errors;
if(!((typeof data5 == "number") && (isFinite(data5)))){
validate131.errors = [{instancePath:instancePath+"/time/processing",schemaPath:"contract#/$defs/ResponseTime/properties/processing/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid2 = _errs14 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.date_start !== undefined){
let data6 = data1.date_start;
const _errs17 = errors;
if(errors === _errs17){
if(errors === _errs17){
if(typeof data6 === "string"){
if(!(formats0(data6))){
validate131.errors = [{instancePath:instancePath+"/time/date_start",schemaPath:"contract#/$defs/ResponseTime/properties/date_start/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate131.errors = [{instancePath:instancePath+"/time/date_start",schemaPath:"contract#/$defs/ResponseTime/properties/date_start/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid2 = _errs17 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.date_finish !== undefined){
let data7 = data1.date_finish;
const _errs20 = errors;
if(errors === _errs20){
if(errors === _errs20){
if(typeof data7 === "string"){
if(!(formats0(data7))){
validate131.errors = [{instancePath:instancePath+"/time/date_finish",schemaPath:"contract#/$defs/ResponseTime/properties/date_finish/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate131.errors = [{instancePath:instancePath+"/time/date_finish",schemaPath:"contract#/$defs/ResponseTime/properties/date_finish/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid2 = _errs20 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.operating !== undefined){
let data8 = data1.operating;
const _errs23 = errors;
if(!((typeof data8 == "number") && (isFinite(data8)))){
validate131.errors = [{instancePath:instancePath+"/time/operating",schemaPath:"contract#/$defs/ResponseTime/properties/operating/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid2 = _errs23 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.operating_reset_at !== undefined){
let data9 = data1.operating_reset_at;
const _errs26 = errors;
if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
validate131.errors = [{instancePath:instancePath+"/time/operating_reset_at",schemaPath:"contract#/$defs/ResponseTime/properties/operating_reset_at/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid2 = _errs26 === errors;
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
validate131.errors = [{instancePath:instancePath+"/time",schemaPath:"contract#/$defs/ResponseTime/type",keyword:"type",params:{type: "object"},message:"must be object"}];
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
validate131.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate131.errors = vErrors;
return errors === 0;
}
validate131.evaluated = {"props":{"result":true,"time":true},"dynamicProps":false,"dynamicItems":false};


function validate130(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="imbotV2CommandUpdateSuccess" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate130.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate131(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate131.errors : vErrors.concat(validate131.errors);
errors = vErrors.length;
}
validate130.errors = vErrors;
return errors === 0;
}
validate130.evaluated = {"props":{"result":true,"time":true},"dynamicProps":false,"dynamicItems":false};

export const imbotV2CommandListParams = validate318;
const schema392 = {"$id":"imbotV2CommandListParams","$ref":"contract#/$defs/ImbotV2CommandListParams"};
const schema393 = {"type":"object","description":"Parameters of imbot.v2.Command.list.","required":["botId"],"properties":{"botId":{"$ref":"contract#/$defs/BotId","description":"Id of the bot acting. Missing: BOT_ID_REQUIRED.","x-bitrix-empty-error":"BOT_ID_REQUIRED"},"botToken":{"$ref":"contract#/$defs/BotToken","x-bitrix-webhook-required":"BOT_TOKEN_NOT_SPECIFIED","description":"The bot token set at Bot.register. Needed when calling through an incoming webhook (missing: BOT_TOKEN_NOT_SPECIFIED); OAuth calls leave it out."}}};

function validate319(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate319.evaluated;
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
validate319.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.botId !== undefined){
let data0 = data.botId;
const _errs1 = errors;
const _errs2 = errors;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
validate319.errors = [{instancePath:instancePath+"/botId",schemaPath:"contract#/$defs/BotId/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs2){
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 < 1 || isNaN(data0)){
validate319.errors = [{instancePath:instancePath+"/botId",schemaPath:"contract#/$defs/BotId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
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
const _errs6 = errors;
const _errs7 = errors;
if(errors === _errs7){
if(typeof data1 === "string"){
if(func1(data1) > 40){
validate319.errors = [{instancePath:instancePath+"/botToken",schemaPath:"contract#/$defs/BotToken/maxLength",keyword:"maxLength",params:{limit: 40},message:"must NOT have more than 40 characters"}];
return false;
}
else {
if(func1(data1) < 1){
validate319.errors = [{instancePath:instancePath+"/botToken",schemaPath:"contract#/$defs/BotToken/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate319.errors = [{instancePath:instancePath+"/botToken",schemaPath:"contract#/$defs/BotToken/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
}
}
}
else {
validate319.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate319.errors = vErrors;
return errors === 0;
}
validate319.evaluated = {"props":{"botId":true,"botToken":true},"dynamicProps":false,"dynamicItems":false};


function validate318(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="imbotV2CommandListParams" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate318.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate319(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate319.errors : vErrors.concat(validate319.errors);
errors = vErrors.length;
}
validate318.errors = vErrors;
return errors === 0;
}
validate318.evaluated = {"props":{"botId":true,"botToken":true},"dynamicProps":false,"dynamicItems":false};

export const imbotV2CommandListSuccess = validate135;
const schema155 = {"$id":"imbotV2CommandListSuccess","$ref":"contract#/$defs/ImbotV2CommandListSuccess"};
const schema156 = {"type":"object","description":"Success envelope of imbot.v2.Command.list.","required":["result","time"],"properties":{"result":{"$ref":"contract#/$defs/ImbotV2CommandListResult"},"time":{"$ref":"contract#/$defs/ResponseTime"}}};
const schema157 = {"type":"object","description":"What imbot.v2.Command.list returns.","required":["commands"],"properties":{"commands":{"type":"array","items":{"$ref":"contract#/$defs/Command"}}},"example":{"commands":[{"id":42,"botId":456,"command":"/help","title":"Show Help","params":"request text","common":false,"hidden":false,"extranetSupport":false,"category":"My Bot","context":""}]}};

function validate137(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate137.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.commands === undefined) && (missing0 = "commands")){
validate137.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.commands !== undefined){
let data0 = data.commands;
const _errs2 = errors;
if(errors === _errs2){
if(Array.isArray(data0)){
var valid1 = true;
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
const _errs4 = errors;
const _errs5 = errors;
if(errors === _errs5){
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
let missing1;
if(((data1.id === undefined) && (missing1 = "id")) || ((data1.command === undefined) && (missing1 = "command"))){
validate137.errors = [{instancePath:instancePath+"/commands/" + i0,schemaPath:"contract#/$defs/Command/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data1.id !== undefined){
let data2 = data1.id;
const _errs8 = errors;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
validate137.errors = [{instancePath:instancePath+"/commands/" + i0+"/id",schemaPath:"contract#/$defs/Command/properties/id/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs8){
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 1 || isNaN(data2)){
validate137.errors = [{instancePath:instancePath+"/commands/" + i0+"/id",schemaPath:"contract#/$defs/Command/properties/id/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
var valid3 = _errs8 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data1.botId !== undefined){
let data3 = data1.botId;
const _errs10 = errors;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
validate137.errors = [{instancePath:instancePath+"/commands/" + i0+"/botId",schemaPath:"contract#/$defs/Command/properties/botId/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs10){
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 1 || isNaN(data3)){
validate137.errors = [{instancePath:instancePath+"/commands/" + i0+"/botId",schemaPath:"contract#/$defs/Command/properties/botId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
var valid3 = _errs10 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data1.command !== undefined){
const _errs12 = errors;
if(typeof data1.command !== "string"){
validate137.errors = [{instancePath:instancePath+"/commands/" + i0+"/command",schemaPath:"contract#/$defs/Command/properties/command/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs12 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data1.common !== undefined){
const _errs14 = errors;
if(typeof data1.common !== "boolean"){
validate137.errors = [{instancePath:instancePath+"/commands/" + i0+"/common",schemaPath:"contract#/$defs/Command/properties/common/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid3 = _errs14 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data1.hidden !== undefined){
const _errs16 = errors;
if(typeof data1.hidden !== "boolean"){
validate137.errors = [{instancePath:instancePath+"/commands/" + i0+"/hidden",schemaPath:"contract#/$defs/Command/properties/hidden/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid3 = _errs16 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data1.extranetSupport !== undefined){
const _errs18 = errors;
if(typeof data1.extranetSupport !== "boolean"){
validate137.errors = [{instancePath:instancePath+"/commands/" + i0+"/extranetSupport",schemaPath:"contract#/$defs/Command/properties/extranetSupport/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid3 = _errs18 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data1.title !== undefined){
const _errs20 = errors;
if(typeof data1.title !== "string"){
validate137.errors = [{instancePath:instancePath+"/commands/" + i0+"/title",schemaPath:"contract#/$defs/Command/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs20 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data1.params !== undefined){
const _errs22 = errors;
if(typeof data1.params !== "string"){
validate137.errors = [{instancePath:instancePath+"/commands/" + i0+"/params",schemaPath:"contract#/$defs/Command/properties/params/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs22 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data1.category !== undefined){
const _errs24 = errors;
if(typeof data1.category !== "string"){
validate137.errors = [{instancePath:instancePath+"/commands/" + i0+"/category",schemaPath:"contract#/$defs/Command/properties/category/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs24 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data1.context !== undefined){
const _errs26 = errors;
if(typeof data1.context !== "string"){
validate137.errors = [{instancePath:instancePath+"/commands/" + i0+"/context",schemaPath:"contract#/$defs/Command/properties/context/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
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
}
}
}
}
}
}
}
else {
validate137.errors = [{instancePath:instancePath+"/commands/" + i0,schemaPath:"contract#/$defs/Command/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid1 = _errs4 === errors;
if(!valid1){
break;
}
}
}
else {
validate137.errors = [{instancePath:instancePath+"/commands",schemaPath:"#/properties/commands/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
}
}
}
else {
validate137.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate137.errors = vErrors;
return errors === 0;
}
validate137.evaluated = {"props":{"commands":true},"dynamicProps":false,"dynamicItems":false};


function validate136(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate136.evaluated;
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
validate136.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.result !== undefined){
const _errs1 = errors;
if(!(validate137(data.result, {instancePath:instancePath+"/result",parentData:data,parentDataProperty:"result",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate137.errors : vErrors.concat(validate137.errors);
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
validate136.errors = [{instancePath:instancePath+"/time",schemaPath:"contract#/$defs/ResponseTime/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data1.start !== undefined){
let data2 = data1.start;
const _errs5 = errors;
if(!((typeof data2 == "number") && (isFinite(data2)))){
validate136.errors = [{instancePath:instancePath+"/time/start",schemaPath:"contract#/$defs/ResponseTime/properties/start/type",keyword:"type",params:{type: "number"},message:"must be number"}];
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
const _errs8 = errors;
if(!((typeof data3 == "number") && (isFinite(data3)))){
validate136.errors = [{instancePath:instancePath+"/time/finish",schemaPath:"contract#/$defs/ResponseTime/properties/finish/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid2 = _errs8 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.duration !== undefined){
let data4 = data1.duration;
const _errs11 = errors;
if(!((typeof data4 == "number") && (isFinite(data4)))){
validate136.errors = [{instancePath:instancePath+"/time/duration",schemaPath:"contract#/$defs/ResponseTime/properties/duration/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid2 = _errs11 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.processing !== undefined){
let data5 = data1.processing;
const _errs14 = errors;
if(!((typeof data5 == "number") && (isFinite(data5)))){
validate136.errors = [{instancePath:instancePath+"/time/processing",schemaPath:"contract#/$defs/ResponseTime/properties/processing/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid2 = _errs14 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.date_start !== undefined){
let data6 = data1.date_start;
const _errs17 = errors;
if(errors === _errs17){
if(errors === _errs17){
if(typeof data6 === "string"){
if(!(formats0(data6))){
validate136.errors = [{instancePath:instancePath+"/time/date_start",schemaPath:"contract#/$defs/ResponseTime/properties/date_start/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate136.errors = [{instancePath:instancePath+"/time/date_start",schemaPath:"contract#/$defs/ResponseTime/properties/date_start/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid2 = _errs17 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.date_finish !== undefined){
let data7 = data1.date_finish;
const _errs20 = errors;
if(errors === _errs20){
if(errors === _errs20){
if(typeof data7 === "string"){
if(!(formats0(data7))){
validate136.errors = [{instancePath:instancePath+"/time/date_finish",schemaPath:"contract#/$defs/ResponseTime/properties/date_finish/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate136.errors = [{instancePath:instancePath+"/time/date_finish",schemaPath:"contract#/$defs/ResponseTime/properties/date_finish/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid2 = _errs20 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.operating !== undefined){
let data8 = data1.operating;
const _errs23 = errors;
if(!((typeof data8 == "number") && (isFinite(data8)))){
validate136.errors = [{instancePath:instancePath+"/time/operating",schemaPath:"contract#/$defs/ResponseTime/properties/operating/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid2 = _errs23 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.operating_reset_at !== undefined){
let data9 = data1.operating_reset_at;
const _errs26 = errors;
if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
validate136.errors = [{instancePath:instancePath+"/time/operating_reset_at",schemaPath:"contract#/$defs/ResponseTime/properties/operating_reset_at/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid2 = _errs26 === errors;
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
validate136.errors = [{instancePath:instancePath+"/time",schemaPath:"contract#/$defs/ResponseTime/type",keyword:"type",params:{type: "object"},message:"must be object"}];
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
validate136.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate136.errors = vErrors;
return errors === 0;
}
validate136.evaluated = {"props":{"result":true,"time":true},"dynamicProps":false,"dynamicItems":false};


function validate135(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="imbotV2CommandListSuccess" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate135.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate136(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate136.errors : vErrors.concat(validate136.errors);
errors = vErrors.length;
}
validate135.errors = vErrors;
return errors === 0;
}
validate135.evaluated = {"props":{"result":true,"time":true},"dynamicProps":false,"dynamicItems":false};

export const imbotV2CommandUnregisterParams = validate321;
const schema396 = {"$id":"imbotV2CommandUnregisterParams","$ref":"contract#/$defs/ImbotV2CommandUnregisterParams"};
const schema397 = {"type":"object","description":"Parameters of imbot.v2.Command.unregister.","required":["botId","commandId"],"properties":{"botId":{"$ref":"contract#/$defs/BotId","description":"Id of the bot acting. Missing: BOT_ID_REQUIRED.","x-bitrix-empty-error":"BOT_ID_REQUIRED"},"botToken":{"$ref":"contract#/$defs/BotToken","x-bitrix-webhook-required":"BOT_TOKEN_NOT_SPECIFIED","description":"The bot token set at Bot.register. Needed when calling through an incoming webhook (missing: BOT_TOKEN_NOT_SPECIFIED); OAuth calls leave it out."},"commandId":{"$ref":"contract#/$defs/CommandId","description":"The command to delete."}}};

function validate322(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate322.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.botId === undefined) && (missing0 = "botId")) || ((data.commandId === undefined) && (missing0 = "commandId"))){
validate322.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.botId !== undefined){
let data0 = data.botId;
const _errs1 = errors;
const _errs2 = errors;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
validate322.errors = [{instancePath:instancePath+"/botId",schemaPath:"contract#/$defs/BotId/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs2){
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 < 1 || isNaN(data0)){
validate322.errors = [{instancePath:instancePath+"/botId",schemaPath:"contract#/$defs/BotId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
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
const _errs6 = errors;
const _errs7 = errors;
if(errors === _errs7){
if(typeof data1 === "string"){
if(func1(data1) > 40){
validate322.errors = [{instancePath:instancePath+"/botToken",schemaPath:"contract#/$defs/BotToken/maxLength",keyword:"maxLength",params:{limit: 40},message:"must NOT have more than 40 characters"}];
return false;
}
else {
if(func1(data1) < 1){
validate322.errors = [{instancePath:instancePath+"/botToken",schemaPath:"contract#/$defs/BotToken/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate322.errors = [{instancePath:instancePath+"/botToken",schemaPath:"contract#/$defs/BotToken/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.commandId !== undefined){
let data2 = data.commandId;
const _errs11 = errors;
const _errs12 = errors;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
validate322.errors = [{instancePath:instancePath+"/commandId",schemaPath:"contract#/$defs/CommandId/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs12){
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 1 || isNaN(data2)){
validate322.errors = [{instancePath:instancePath+"/commandId",schemaPath:"contract#/$defs/CommandId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate322.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate322.errors = vErrors;
return errors === 0;
}
validate322.evaluated = {"props":{"botId":true,"botToken":true,"commandId":true},"dynamicProps":false,"dynamicItems":false};


function validate321(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="imbotV2CommandUnregisterParams" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate321.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate322(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate322.errors : vErrors.concat(validate322.errors);
errors = vErrors.length;
}
validate321.errors = vErrors;
return errors === 0;
}
validate321.evaluated = {"props":{"botId":true,"botToken":true,"commandId":true},"dynamicProps":false,"dynamicItems":false};

export const imbotV2CommandUnregisterSuccess = validate140;
const schema160 = {"$id":"imbotV2CommandUnregisterSuccess","$ref":"contract#/$defs/ImbotV2CommandUnregisterSuccess"};
const schema161 = {"type":"object","description":"Success envelope of imbot.v2.Command.unregister.","required":["result","time"],"properties":{"result":{"$ref":"contract#/$defs/BooleanResult"},"time":{"$ref":"contract#/$defs/ResponseTime"}}};

function validate141(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate141.evaluated;
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
validate141.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.result !== undefined){
let data0 = data.result;
const _errs1 = errors;
const _errs2 = errors;
if(errors === _errs2){
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
let missing1;
if((data0.result === undefined) && (missing1 = "result")){
validate141.errors = [{instancePath:instancePath+"/result",schemaPath:"contract#/$defs/BooleanResult/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data0.result !== undefined){
if(typeof data0.result !== "boolean"){
validate141.errors = [{instancePath:instancePath+"/result/result",schemaPath:"contract#/$defs/BooleanResult/properties/result/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
}
}
}
else {
validate141.errors = [{instancePath:instancePath+"/result",schemaPath:"contract#/$defs/BooleanResult/type",keyword:"type",params:{type: "object"},message:"must be object"}];
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
let data2 = data.time;
const _errs8 = errors;
const _errs9 = errors;
if(errors === _errs9){
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
let missing2;
if(((((((data2.start === undefined) && (missing2 = "start")) || ((data2.finish === undefined) && (missing2 = "finish"))) || ((data2.duration === undefined) && (missing2 = "duration"))) || ((data2.processing === undefined) && (missing2 = "processing"))) || ((data2.date_start === undefined) && (missing2 = "date_start"))) || ((data2.date_finish === undefined) && (missing2 = "date_finish"))){
validate141.errors = [{instancePath:instancePath+"/time",schemaPath:"contract#/$defs/ResponseTime/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
if(data2.start !== undefined){
let data3 = data2.start;
const _errs11 = errors;
if(!((typeof data3 == "number") && (isFinite(data3)))){
validate141.errors = [{instancePath:instancePath+"/time/start",schemaPath:"contract#/$defs/ResponseTime/properties/start/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid4 = _errs11 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data2.finish !== undefined){
let data4 = data2.finish;
const _errs14 = errors;
if(!((typeof data4 == "number") && (isFinite(data4)))){
validate141.errors = [{instancePath:instancePath+"/time/finish",schemaPath:"contract#/$defs/ResponseTime/properties/finish/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid4 = _errs14 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data2.duration !== undefined){
let data5 = data2.duration;
const _errs17 = errors;
if(!((typeof data5 == "number") && (isFinite(data5)))){
validate141.errors = [{instancePath:instancePath+"/time/duration",schemaPath:"contract#/$defs/ResponseTime/properties/duration/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid4 = _errs17 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data2.processing !== undefined){
let data6 = data2.processing;
const _errs20 = errors;
if(!((typeof data6 == "number") && (isFinite(data6)))){
validate141.errors = [{instancePath:instancePath+"/time/processing",schemaPath:"contract#/$defs/ResponseTime/properties/processing/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid4 = _errs20 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data2.date_start !== undefined){
let data7 = data2.date_start;
const _errs23 = errors;
if(errors === _errs23){
if(errors === _errs23){
if(typeof data7 === "string"){
if(!(formats0(data7))){
validate141.errors = [{instancePath:instancePath+"/time/date_start",schemaPath:"contract#/$defs/ResponseTime/properties/date_start/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate141.errors = [{instancePath:instancePath+"/time/date_start",schemaPath:"contract#/$defs/ResponseTime/properties/date_start/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid4 = _errs23 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data2.date_finish !== undefined){
let data8 = data2.date_finish;
const _errs26 = errors;
if(errors === _errs26){
if(errors === _errs26){
if(typeof data8 === "string"){
if(!(formats0(data8))){
validate141.errors = [{instancePath:instancePath+"/time/date_finish",schemaPath:"contract#/$defs/ResponseTime/properties/date_finish/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate141.errors = [{instancePath:instancePath+"/time/date_finish",schemaPath:"contract#/$defs/ResponseTime/properties/date_finish/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid4 = _errs26 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data2.operating !== undefined){
let data9 = data2.operating;
const _errs29 = errors;
if(!((typeof data9 == "number") && (isFinite(data9)))){
validate141.errors = [{instancePath:instancePath+"/time/operating",schemaPath:"contract#/$defs/ResponseTime/properties/operating/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid4 = _errs29 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data2.operating_reset_at !== undefined){
let data10 = data2.operating_reset_at;
const _errs32 = errors;
if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){
validate141.errors = [{instancePath:instancePath+"/time/operating_reset_at",schemaPath:"contract#/$defs/ResponseTime/properties/operating_reset_at/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid4 = _errs32 === errors;
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
validate141.errors = [{instancePath:instancePath+"/time",schemaPath:"contract#/$defs/ResponseTime/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
}
}
}
else {
validate141.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate141.errors = vErrors;
return errors === 0;
}
validate141.evaluated = {"props":{"result":true,"time":true},"dynamicProps":false,"dynamicItems":false};


function validate140(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="imbotV2CommandUnregisterSuccess" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate140.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate141(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate141.errors : vErrors.concat(validate141.errors);
errors = vErrors.length;
}
validate140.errors = vErrors;
return errors === 0;
}
validate140.evaluated = {"props":{"result":true,"time":true},"dynamicProps":false,"dynamicItems":false};

export const imbotV2CommandAnswerParams = validate324;
const schema401 = {"$id":"imbotV2CommandAnswerParams","$ref":"contract#/$defs/ImbotV2CommandAnswerParams"};
const schema402 = {"type":"object","description":"Parameters of imbot.v2.Command.answer.","required":["botId","commandId","messageId","dialogId"],"properties":{"botId":{"$ref":"contract#/$defs/BotId","description":"Id of the bot acting. Missing: BOT_ID_REQUIRED.","x-bitrix-empty-error":"BOT_ID_REQUIRED"},"botToken":{"$ref":"contract#/$defs/BotToken","x-bitrix-webhook-required":"BOT_TOKEN_NOT_SPECIFIED","description":"The bot token set at Bot.register. Needed when calling through an incoming webhook (missing: BOT_TOKEN_NOT_SPECIFIED); OAuth calls leave it out."},"commandId":{"$ref":"contract#/$defs/CommandId","description":"The command called (data.command.id)."},"messageId":{"$ref":"contract#/$defs/MessageId","description":"The message holding the command (data.message.id)."},"dialogId":{"$ref":"contract#/$defs/DialogId","description":"The dialog the command came from (data.chat.dialogId)."},"fields":{"type":"object","description":"The answer.","properties":{"message":{"$ref":"contract#/$defs/ImbotV2MessageText","description":"Text, at most 20,000 characters."},"attach":{"$ref":"contract#/$defs/ImbotV2Attach"},"keyboard":{"$ref":"contract#/$defs/ImbotV2Keyboard"},"system":{"type":"boolean","description":"Send as a system message. JSON booleans; portals also read \"Y\"/\"N\".","default":false},"urlPreview":{"type":"boolean","description":"Show link previews. JSON booleans; portals also read \"Y\"/\"N\".","default":true}}}}};

function validate325(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate325.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((data.botId === undefined) && (missing0 = "botId")) || ((data.commandId === undefined) && (missing0 = "commandId"))) || ((data.messageId === undefined) && (missing0 = "messageId"))) || ((data.dialogId === undefined) && (missing0 = "dialogId"))){
validate325.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.botId !== undefined){
let data0 = data.botId;
const _errs1 = errors;
const _errs2 = errors;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
validate325.errors = [{instancePath:instancePath+"/botId",schemaPath:"contract#/$defs/BotId/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs2){
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 < 1 || isNaN(data0)){
validate325.errors = [{instancePath:instancePath+"/botId",schemaPath:"contract#/$defs/BotId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
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
const _errs6 = errors;
const _errs7 = errors;
if(errors === _errs7){
if(typeof data1 === "string"){
if(func1(data1) > 40){
validate325.errors = [{instancePath:instancePath+"/botToken",schemaPath:"contract#/$defs/BotToken/maxLength",keyword:"maxLength",params:{limit: 40},message:"must NOT have more than 40 characters"}];
return false;
}
else {
if(func1(data1) < 1){
validate325.errors = [{instancePath:instancePath+"/botToken",schemaPath:"contract#/$defs/BotToken/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate325.errors = [{instancePath:instancePath+"/botToken",schemaPath:"contract#/$defs/BotToken/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.commandId !== undefined){
let data2 = data.commandId;
const _errs11 = errors;
const _errs12 = errors;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
validate325.errors = [{instancePath:instancePath+"/commandId",schemaPath:"contract#/$defs/CommandId/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs12){
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 1 || isNaN(data2)){
validate325.errors = [{instancePath:instancePath+"/commandId",schemaPath:"contract#/$defs/CommandId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.messageId !== undefined){
let data3 = data.messageId;
const _errs15 = errors;
const _errs16 = errors;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
validate325.errors = [{instancePath:instancePath+"/messageId",schemaPath:"contract#/$defs/MessageId/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs16){
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 1 || isNaN(data3)){
validate325.errors = [{instancePath:instancePath+"/messageId",schemaPath:"contract#/$defs/MessageId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
var valid0 = _errs15 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.dialogId !== undefined){
let data4 = data.dialogId;
const _errs19 = errors;
const _errs20 = errors;
if(errors === _errs20){
if(typeof data4 === "string"){
if(!pattern4.test(data4)){
validate325.errors = [{instancePath:instancePath+"/dialogId",schemaPath:"contract#/$defs/DialogId/pattern",keyword:"pattern",params:{pattern: "^(chat[1-9][0-9]*|[1-9][0-9]*)$"},message:"must match pattern \""+"^(chat[1-9][0-9]*|[1-9][0-9]*)$"+"\""}];
return false;
}
}
else {
validate325.errors = [{instancePath:instancePath+"/dialogId",schemaPath:"contract#/$defs/DialogId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs19 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.fields !== undefined){
let data5 = data.fields;
const _errs23 = errors;
if(errors === _errs23){
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.system === undefined){
data5.system = false;
}
if(data5.urlPreview === undefined){
data5.urlPreview = true;
}
if(data5.message !== undefined){
let data6 = data5.message;
const _errs25 = errors;
const _errs26 = errors;
if(errors === _errs26){
if(typeof data6 === "string"){
if(func1(data6) > 20000){
validate325.errors = [{instancePath:instancePath+"/fields/message",schemaPath:"contract#/$defs/ImbotV2MessageText/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters"}];
return false;
}
}
else {
validate325.errors = [{instancePath:instancePath+"/fields/message",schemaPath:"contract#/$defs/ImbotV2MessageText/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid6 = _errs25 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data5.attach !== undefined){
let data7 = data5.attach;
const _errs29 = errors;
const _errs31 = errors;
let valid9 = false;
let passing0 = null;
const _errs32 = errors;
if(errors === _errs32){
if(Array.isArray(data7)){
var valid10 = true;
const len0 = data7.length;
for(let i0=0; i0<len0; i0++){
let data8 = data7[i0];
const _errs34 = errors;
if(!(data8 && typeof data8 == "object" && !Array.isArray(data8))){
const err0 = {instancePath:instancePath+"/fields/attach/" + i0,schemaPath:"contract#/$defs/ImbotV2Attach/oneOf/0/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var valid10 = _errs34 === errors;
if(!valid10){
break;
}
}
}
else {
const err1 = {instancePath:instancePath+"/fields/attach",schemaPath:"contract#/$defs/ImbotV2Attach/oneOf/0/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
var _valid0 = _errs32 === errors;
if(_valid0){
valid9 = true;
passing0 = 0;
}
const _errs36 = errors;
if(errors === _errs36){
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(data7.ID !== undefined){
let data9 = data7.ID;
const _errs38 = errors;
if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
const err2 = {instancePath:instancePath+"/fields/attach/ID",schemaPath:"contract#/$defs/ImbotV2Attach/oneOf/1/properties/ID/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
var valid11 = _errs38 === errors;
}
else {
var valid11 = true;
}
if(valid11){
if(data7.COLOR_TOKEN !== undefined){
const _errs40 = errors;
if(typeof data7.COLOR_TOKEN !== "string"){
const err3 = {instancePath:instancePath+"/fields/attach/COLOR_TOKEN",schemaPath:"contract#/$defs/ImbotV2Attach/oneOf/1/properties/COLOR_TOKEN/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
var valid11 = _errs40 === errors;
}
else {
var valid11 = true;
}
if(valid11){
if(data7.COLOR !== undefined){
const _errs42 = errors;
if(typeof data7.COLOR !== "string"){
const err4 = {instancePath:instancePath+"/fields/attach/COLOR",schemaPath:"contract#/$defs/ImbotV2Attach/oneOf/1/properties/COLOR/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var valid11 = _errs42 === errors;
}
else {
var valid11 = true;
}
if(valid11){
if(data7.BLOCKS !== undefined){
let data12 = data7.BLOCKS;
const _errs44 = errors;
if(errors === _errs44){
if(Array.isArray(data12)){
var valid12 = true;
const len1 = data12.length;
for(let i1=0; i1<len1; i1++){
let data13 = data12[i1];
const _errs46 = errors;
if(!(data13 && typeof data13 == "object" && !Array.isArray(data13))){
const err5 = {instancePath:instancePath+"/fields/attach/BLOCKS/" + i1,schemaPath:"contract#/$defs/ImbotV2Attach/oneOf/1/properties/BLOCKS/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
var valid12 = _errs46 === errors;
if(!valid12){
break;
}
}
}
else {
const err6 = {instancePath:instancePath+"/fields/attach/BLOCKS",schemaPath:"contract#/$defs/ImbotV2Attach/oneOf/1/properties/BLOCKS/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
var valid11 = _errs44 === errors;
}
else {
var valid11 = true;
}
}
}
}
}
else {
const err7 = {instancePath:instancePath+"/fields/attach",schemaPath:"contract#/$defs/ImbotV2Attach/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
var _valid0 = _errs36 === errors;
if(_valid0 && valid9){
valid9 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid9 = true;
passing0 = 1;
var props0 = {};
props0.ID = true;
props0.COLOR_TOKEN = true;
props0.COLOR = true;
props0.BLOCKS = true;
}
}
if(!valid9){
const err8 = {instancePath:instancePath+"/fields/attach",schemaPath:"contract#/$defs/ImbotV2Attach/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
validate325.errors = vErrors;
return false;
}
else {
errors = _errs31;
if(vErrors !== null){
if(_errs31){
vErrors.length = _errs31;
}
else {
vErrors = null;
}
}
}
var valid6 = _errs29 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data5.keyboard !== undefined){
const _errs48 = errors;
if(!(validate285(data5.keyboard, {instancePath:instancePath+"/fields/keyboard",parentData:data5,parentDataProperty:"keyboard",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate285.errors : vErrors.concat(validate285.errors);
errors = vErrors.length;
}
var valid6 = _errs48 === errors;
}
else {
var valid6 = true;
}
if(valid6){
const _errs49 = errors;
if(typeof data5.system !== "boolean"){
validate325.errors = [{instancePath:instancePath+"/fields/system",schemaPath:"#/properties/fields/properties/system/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid6 = _errs49 === errors;
if(valid6){
const _errs51 = errors;
if(typeof data5.urlPreview !== "boolean"){
validate325.errors = [{instancePath:instancePath+"/fields/urlPreview",schemaPath:"#/properties/fields/properties/urlPreview/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid6 = _errs51 === errors;
}
}
}
}
}
else {
validate325.errors = [{instancePath:instancePath+"/fields",schemaPath:"#/properties/fields/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs23 === errors;
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
validate325.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate325.errors = vErrors;
return errors === 0;
}
validate325.evaluated = {"props":{"botId":true,"botToken":true,"commandId":true,"messageId":true,"dialogId":true,"fields":true},"dynamicProps":false,"dynamicItems":false};


function validate324(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="imbotV2CommandAnswerParams" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate324.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate325(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate325.errors : vErrors.concat(validate325.errors);
errors = vErrors.length;
}
validate324.errors = vErrors;
return errors === 0;
}
validate324.evaluated = {"props":{"botId":true,"botToken":true,"commandId":true,"messageId":true,"dialogId":true,"fields":true},"dynamicProps":false,"dynamicItems":false};

export const imbotV2CommandAnswerSuccess = validate143;
const schema164 = {"$id":"imbotV2CommandAnswerSuccess","$ref":"contract#/$defs/ImbotV2CommandAnswerSuccess"};
const schema165 = {"type":"object","description":"Success envelope of imbot.v2.Command.answer.","required":["result","time"],"properties":{"result":{"$ref":"contract#/$defs/BooleanResult"},"time":{"$ref":"contract#/$defs/ResponseTime"}}};

function validate144(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate144.evaluated;
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
validate144.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.result !== undefined){
let data0 = data.result;
const _errs1 = errors;
const _errs2 = errors;
if(errors === _errs2){
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
let missing1;
if((data0.result === undefined) && (missing1 = "result")){
validate144.errors = [{instancePath:instancePath+"/result",schemaPath:"contract#/$defs/BooleanResult/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data0.result !== undefined){
if(typeof data0.result !== "boolean"){
validate144.errors = [{instancePath:instancePath+"/result/result",schemaPath:"contract#/$defs/BooleanResult/properties/result/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
}
}
}
else {
validate144.errors = [{instancePath:instancePath+"/result",schemaPath:"contract#/$defs/BooleanResult/type",keyword:"type",params:{type: "object"},message:"must be object"}];
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
let data2 = data.time;
const _errs8 = errors;
const _errs9 = errors;
if(errors === _errs9){
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
let missing2;
if(((((((data2.start === undefined) && (missing2 = "start")) || ((data2.finish === undefined) && (missing2 = "finish"))) || ((data2.duration === undefined) && (missing2 = "duration"))) || ((data2.processing === undefined) && (missing2 = "processing"))) || ((data2.date_start === undefined) && (missing2 = "date_start"))) || ((data2.date_finish === undefined) && (missing2 = "date_finish"))){
validate144.errors = [{instancePath:instancePath+"/time",schemaPath:"contract#/$defs/ResponseTime/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
if(data2.start !== undefined){
let data3 = data2.start;
const _errs11 = errors;
if(!((typeof data3 == "number") && (isFinite(data3)))){
validate144.errors = [{instancePath:instancePath+"/time/start",schemaPath:"contract#/$defs/ResponseTime/properties/start/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid4 = _errs11 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data2.finish !== undefined){
let data4 = data2.finish;
const _errs14 = errors;
if(!((typeof data4 == "number") && (isFinite(data4)))){
validate144.errors = [{instancePath:instancePath+"/time/finish",schemaPath:"contract#/$defs/ResponseTime/properties/finish/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid4 = _errs14 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data2.duration !== undefined){
let data5 = data2.duration;
const _errs17 = errors;
if(!((typeof data5 == "number") && (isFinite(data5)))){
validate144.errors = [{instancePath:instancePath+"/time/duration",schemaPath:"contract#/$defs/ResponseTime/properties/duration/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid4 = _errs17 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data2.processing !== undefined){
let data6 = data2.processing;
const _errs20 = errors;
if(!((typeof data6 == "number") && (isFinite(data6)))){
validate144.errors = [{instancePath:instancePath+"/time/processing",schemaPath:"contract#/$defs/ResponseTime/properties/processing/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid4 = _errs20 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data2.date_start !== undefined){
let data7 = data2.date_start;
const _errs23 = errors;
if(errors === _errs23){
if(errors === _errs23){
if(typeof data7 === "string"){
if(!(formats0(data7))){
validate144.errors = [{instancePath:instancePath+"/time/date_start",schemaPath:"contract#/$defs/ResponseTime/properties/date_start/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate144.errors = [{instancePath:instancePath+"/time/date_start",schemaPath:"contract#/$defs/ResponseTime/properties/date_start/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid4 = _errs23 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data2.date_finish !== undefined){
let data8 = data2.date_finish;
const _errs26 = errors;
if(errors === _errs26){
if(errors === _errs26){
if(typeof data8 === "string"){
if(!(formats0(data8))){
validate144.errors = [{instancePath:instancePath+"/time/date_finish",schemaPath:"contract#/$defs/ResponseTime/properties/date_finish/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate144.errors = [{instancePath:instancePath+"/time/date_finish",schemaPath:"contract#/$defs/ResponseTime/properties/date_finish/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid4 = _errs26 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data2.operating !== undefined){
let data9 = data2.operating;
const _errs29 = errors;
if(!((typeof data9 == "number") && (isFinite(data9)))){
validate144.errors = [{instancePath:instancePath+"/time/operating",schemaPath:"contract#/$defs/ResponseTime/properties/operating/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid4 = _errs29 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data2.operating_reset_at !== undefined){
let data10 = data2.operating_reset_at;
const _errs32 = errors;
if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){
validate144.errors = [{instancePath:instancePath+"/time/operating_reset_at",schemaPath:"contract#/$defs/ResponseTime/properties/operating_reset_at/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid4 = _errs32 === errors;
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
validate144.errors = [{instancePath:instancePath+"/time",schemaPath:"contract#/$defs/ResponseTime/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
}
}
}
else {
validate144.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate144.errors = vErrors;
return errors === 0;
}
validate144.evaluated = {"props":{"result":true,"time":true},"dynamicProps":false,"dynamicItems":false};


function validate143(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="imbotV2CommandAnswerSuccess" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate143.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate144(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate144.errors : vErrors.concat(validate144.errors);
errors = vErrors.length;
}
validate143.errors = vErrors;
return errors === 0;
}
validate143.evaluated = {"props":{"result":true,"time":true},"dynamicProps":false,"dynamicItems":false};

export const imbotV2FileUploadParams = validate328;
const schema410 = {"$id":"imbotV2FileUploadParams","$ref":"contract#/$defs/ImbotV2FileUploadParams"};
const schema411 = {"type":"object","description":"Parameters of imbot.v2.File.upload.","required":["botId","dialogId","fields"],"properties":{"botId":{"$ref":"contract#/$defs/BotId","description":"Id of the bot acting. Missing: BOT_ID_REQUIRED.","x-bitrix-empty-error":"BOT_ID_REQUIRED"},"botToken":{"$ref":"contract#/$defs/BotToken","x-bitrix-webhook-required":"BOT_TOKEN_NOT_SPECIFIED","description":"The bot token set at Bot.register. Needed when calling through an incoming webhook (missing: BOT_TOKEN_NOT_SPECIFIED); OAuth calls leave it out."},"dialogId":{"$ref":"contract#/$defs/DialogId","description":"The dialog: chat{id} for a group chat, the user id for a one-to-one dialog."},"fields":{"type":"object","required":["name","content"],"description":"The file.","properties":{"name":{"type":"string","minLength":1,"description":"File name with extension."},"content":{"type":"string","minLength":1,"maxLength":139810136,"contentEncoding":"base64","description":"The file's bytes in base64, without a data: prefix. Files are limited to 100 MB (read as 100 x 1024 x 1024 = 104,857,600 bytes), which is 139,810,136 base64 characters (ceil(bytes / 3) * 4); longer strings break the contract (INVALID_FORMAT) before a portal would answer FILE_TOO_LARGE. The alphabet is not checked here: portals answer FILE_INVALID_CONTENT for text that is not base64."},"message":{"$ref":"contract#/$defs/ImbotV2MessageText","description":"Text posted with the file."}}}}};

function validate329(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate329.evaluated;
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
validate329.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.botId !== undefined){
let data0 = data.botId;
const _errs1 = errors;
const _errs2 = errors;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
validate329.errors = [{instancePath:instancePath+"/botId",schemaPath:"contract#/$defs/BotId/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs2){
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 < 1 || isNaN(data0)){
validate329.errors = [{instancePath:instancePath+"/botId",schemaPath:"contract#/$defs/BotId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
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
const _errs6 = errors;
const _errs7 = errors;
if(errors === _errs7){
if(typeof data1 === "string"){
if(func1(data1) > 40){
validate329.errors = [{instancePath:instancePath+"/botToken",schemaPath:"contract#/$defs/BotToken/maxLength",keyword:"maxLength",params:{limit: 40},message:"must NOT have more than 40 characters"}];
return false;
}
else {
if(func1(data1) < 1){
validate329.errors = [{instancePath:instancePath+"/botToken",schemaPath:"contract#/$defs/BotToken/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate329.errors = [{instancePath:instancePath+"/botToken",schemaPath:"contract#/$defs/BotToken/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.dialogId !== undefined){
let data2 = data.dialogId;
const _errs11 = errors;
const _errs12 = errors;
if(errors === _errs12){
if(typeof data2 === "string"){
if(!pattern4.test(data2)){
validate329.errors = [{instancePath:instancePath+"/dialogId",schemaPath:"contract#/$defs/DialogId/pattern",keyword:"pattern",params:{pattern: "^(chat[1-9][0-9]*|[1-9][0-9]*)$"},message:"must match pattern \""+"^(chat[1-9][0-9]*|[1-9][0-9]*)$"+"\""}];
return false;
}
}
else {
validate329.errors = [{instancePath:instancePath+"/dialogId",schemaPath:"contract#/$defs/DialogId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.fields !== undefined){
let data3 = data.fields;
const _errs15 = errors;
if(errors === _errs15){
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
let missing1;
if(((data3.name === undefined) && (missing1 = "name")) || ((data3.content === undefined) && (missing1 = "content"))){
validate329.errors = [{instancePath:instancePath+"/fields",schemaPath:"#/properties/fields/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data3.name !== undefined){
let data4 = data3.name;
const _errs17 = errors;
if(errors === _errs17){
if(typeof data4 === "string"){
if(func1(data4) < 1){
validate329.errors = [{instancePath:instancePath+"/fields/name",schemaPath:"#/properties/fields/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate329.errors = [{instancePath:instancePath+"/fields/name",schemaPath:"#/properties/fields/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid4 = _errs17 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data3.content !== undefined){
let data5 = data3.content;
const _errs19 = errors;
if(errors === _errs19){
if(typeof data5 === "string"){
if(func1(data5) > 139810136){
validate329.errors = [{instancePath:instancePath+"/fields/content",schemaPath:"#/properties/fields/properties/content/maxLength",keyword:"maxLength",params:{limit: 139810136},message:"must NOT have more than 139810136 characters"}];
return false;
}
else {
if(func1(data5) < 1){
validate329.errors = [{instancePath:instancePath+"/fields/content",schemaPath:"#/properties/fields/properties/content/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate329.errors = [{instancePath:instancePath+"/fields/content",schemaPath:"#/properties/fields/properties/content/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid4 = _errs19 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data3.message !== undefined){
let data6 = data3.message;
const _errs21 = errors;
const _errs22 = errors;
if(errors === _errs22){
if(typeof data6 === "string"){
if(func1(data6) > 20000){
validate329.errors = [{instancePath:instancePath+"/fields/message",schemaPath:"contract#/$defs/ImbotV2MessageText/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters"}];
return false;
}
}
else {
validate329.errors = [{instancePath:instancePath+"/fields/message",schemaPath:"contract#/$defs/ImbotV2MessageText/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid4 = _errs21 === errors;
}
else {
var valid4 = true;
}
}
}
}
}
else {
validate329.errors = [{instancePath:instancePath+"/fields",schemaPath:"#/properties/fields/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs15 === errors;
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
validate329.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate329.errors = vErrors;
return errors === 0;
}
validate329.evaluated = {"props":{"botId":true,"botToken":true,"dialogId":true,"fields":true},"dynamicProps":false,"dynamicItems":false};


function validate328(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="imbotV2FileUploadParams" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate328.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate329(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate329.errors : vErrors.concat(validate329.errors);
errors = vErrors.length;
}
validate328.errors = vErrors;
return errors === 0;
}
validate328.evaluated = {"props":{"botId":true,"botToken":true,"dialogId":true,"fields":true},"dynamicProps":false,"dynamicItems":false};

export const imbotV2FileUploadSuccess = validate146;
const schema168 = {"$id":"imbotV2FileUploadSuccess","$ref":"contract#/$defs/ImbotV2FileUploadSuccess"};
const schema169 = {"type":"object","description":"Success envelope of imbot.v2.File.upload.","required":["result","time"],"properties":{"result":{"$ref":"contract#/$defs/ImbotV2FileUploadResult"},"time":{"$ref":"contract#/$defs/ResponseTime"}}};
const schema170 = {"type":"object","description":"What imbot.v2.File.upload returns.","required":["file","messageId"],"properties":{"file":{"$ref":"contract#/$defs/File"},"messageId":{"$ref":"contract#/$defs/MessageId","description":"The message carrying the file."},"chatId":{"type":"integer","minimum":1,"description":"The chat id."},"dialogId":{"$ref":"contract#/$defs/DialogId"}},"example":{"file":{"id":138,"chatId":5,"name":"report.pdf","extension":"pdf","size":35341},"messageId":123,"chatId":5,"dialogId":"chat5"}};
const schema171 = {"type":"object","description":"A file in a chat (entities.md, File), as returned by imbot.v2.File.upload.","required":["id"],"properties":{"id":{"type":"integer","minimum":1,"description":"Id of the file on Drive."},"chatId":{"type":"integer","description":"Id of its chat."},"date":{"type":["string","null"],"format":"date-time","description":"When it was uploaded."},"type":{"type":"string","description":"Kind of content.","enum":["file","image","video","audio"]},"name":{"type":"string","description":"File name with extension."},"extension":{"type":"string","description":"Extension, lower case."},"size":{"type":"integer","minimum":0,"description":"Size in bytes."},"image":{"description":"Preview size of an image, or false.","oneOf":[{"type":"object","properties":{"width":{"type":"integer","description":"Width in pixels."},"height":{"type":"integer","description":"Height in pixels."}}},{"const":false}]},"authorId":{"type":"integer","description":"Who uploaded it."},"authorName":{"type":"string","description":"Name of who uploaded it."},"isTranscribable":{"type":"boolean","description":"Whether it can be transcribed."},"isVideoNote":{"type":"boolean","description":"Whether it is a video note."},"isVoiceNote":{"type":"boolean","description":"Whether it is a voice message."}},"example":{"id":138,"chatId":5,"date":"2025-01-15T10:30:00+01:00","type":"file","name":"report.pdf","extension":"pdf","size":35341,"image":false,"authorId":1,"authorName":"John Smith","isTranscribable":false,"isVideoNote":false,"isVoiceNote":false}};

function validate148(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate148.evaluated;
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
validate148.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.file !== undefined){
let data0 = data.file;
const _errs2 = errors;
const _errs3 = errors;
if(errors === _errs3){
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
let missing1;
if((data0.id === undefined) && (missing1 = "id")){
validate148.errors = [{instancePath:instancePath+"/file",schemaPath:"contract#/$defs/File/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data0.id !== undefined){
let data1 = data0.id;
const _errs6 = errors;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
validate148.errors = [{instancePath:instancePath+"/file/id",schemaPath:"contract#/$defs/File/properties/id/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs6){
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 < 1 || isNaN(data1)){
validate148.errors = [{instancePath:instancePath+"/file/id",schemaPath:"contract#/$defs/File/properties/id/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
var valid2 = _errs6 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data0.chatId !== undefined){
let data2 = data0.chatId;
const _errs8 = errors;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
validate148.errors = [{instancePath:instancePath+"/file/chatId",schemaPath:"contract#/$defs/File/properties/chatId/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid2 = _errs8 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data0.date !== undefined){
let data3 = data0.date;
const _errs10 = errors;
if((typeof data3 !== "string") && (data3 !== null)){
validate148.errors = [{instancePath:instancePath+"/file/date",schemaPath:"contract#/$defs/File/properties/date/type",keyword:"type",params:{type: schema171.properties.date.type},message:"must be string,null"}];
return false;
}
if(errors === _errs10){
if(errors === _errs10){
if(typeof data3 === "string"){
if(!(formats0(data3))){
validate148.errors = [{instancePath:instancePath+"/file/date",schemaPath:"contract#/$defs/File/properties/date/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
}
}
var valid2 = _errs10 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data0.type !== undefined){
let data4 = data0.type;
const _errs12 = errors;
if(typeof data4 !== "string"){
validate148.errors = [{instancePath:instancePath+"/file/type",schemaPath:"contract#/$defs/File/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((((data4 === "file") || (data4 === "image")) || (data4 === "video")) || (data4 === "audio"))){
validate148.errors = [{instancePath:instancePath+"/file/type",schemaPath:"contract#/$defs/File/properties/type/enum",keyword:"enum",params:{allowedValues: schema171.properties.type.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid2 = _errs12 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data0.name !== undefined){
const _errs14 = errors;
if(typeof data0.name !== "string"){
validate148.errors = [{instancePath:instancePath+"/file/name",schemaPath:"contract#/$defs/File/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs14 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data0.extension !== undefined){
const _errs16 = errors;
if(typeof data0.extension !== "string"){
validate148.errors = [{instancePath:instancePath+"/file/extension",schemaPath:"contract#/$defs/File/properties/extension/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs16 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data0.size !== undefined){
let data7 = data0.size;
const _errs18 = errors;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
validate148.errors = [{instancePath:instancePath+"/file/size",schemaPath:"contract#/$defs/File/properties/size/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs18){
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 < 0 || isNaN(data7)){
validate148.errors = [{instancePath:instancePath+"/file/size",schemaPath:"contract#/$defs/File/properties/size/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid2 = _errs18 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data0.image !== undefined){
let data8 = data0.image;
const _errs20 = errors;
const _errs21 = errors;
let valid3 = false;
let passing0 = null;
const _errs22 = errors;
if(errors === _errs22){
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
if(data8.width !== undefined){
let data9 = data8.width;
const _errs24 = errors;
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
var valid4 = _errs24 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data8.height !== undefined){
let data10 = data8.height;
const _errs26 = errors;
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
var valid4 = _errs26 === errors;
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
var _valid0 = _errs22 === errors;
if(_valid0){
valid3 = true;
passing0 = 0;
var props0 = {};
props0.width = true;
props0.height = true;
}
const _errs28 = errors;
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
var _valid0 = _errs28 === errors;
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
validate148.errors = vErrors;
return false;
}
else {
errors = _errs21;
if(vErrors !== null){
if(_errs21){
vErrors.length = _errs21;
}
else {
vErrors = null;
}
}
}
var valid2 = _errs20 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data0.authorId !== undefined){
let data11 = data0.authorId;
const _errs29 = errors;
if(!(((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11))) && (isFinite(data11)))){
validate148.errors = [{instancePath:instancePath+"/file/authorId",schemaPath:"contract#/$defs/File/properties/authorId/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid2 = _errs29 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data0.authorName !== undefined){
const _errs31 = errors;
if(typeof data0.authorName !== "string"){
validate148.errors = [{instancePath:instancePath+"/file/authorName",schemaPath:"contract#/$defs/File/properties/authorName/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs31 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data0.isTranscribable !== undefined){
const _errs33 = errors;
if(typeof data0.isTranscribable !== "boolean"){
validate148.errors = [{instancePath:instancePath+"/file/isTranscribable",schemaPath:"contract#/$defs/File/properties/isTranscribable/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid2 = _errs33 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data0.isVideoNote !== undefined){
const _errs35 = errors;
if(typeof data0.isVideoNote !== "boolean"){
validate148.errors = [{instancePath:instancePath+"/file/isVideoNote",schemaPath:"contract#/$defs/File/properties/isVideoNote/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid2 = _errs35 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data0.isVoiceNote !== undefined){
const _errs37 = errors;
if(typeof data0.isVoiceNote !== "boolean"){
validate148.errors = [{instancePath:instancePath+"/file/isVoiceNote",schemaPath:"contract#/$defs/File/properties/isVoiceNote/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid2 = _errs37 === errors;
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
validate148.errors = [{instancePath:instancePath+"/file",schemaPath:"contract#/$defs/File/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.messageId !== undefined){
let data16 = data.messageId;
const _errs39 = errors;
const _errs40 = errors;
if(!(((typeof data16 == "number") && (!(data16 % 1) && !isNaN(data16))) && (isFinite(data16)))){
validate148.errors = [{instancePath:instancePath+"/messageId",schemaPath:"contract#/$defs/MessageId/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs40){
if((typeof data16 == "number") && (isFinite(data16))){
if(data16 < 1 || isNaN(data16)){
validate148.errors = [{instancePath:instancePath+"/messageId",schemaPath:"contract#/$defs/MessageId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
var valid0 = _errs39 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.chatId !== undefined){
let data17 = data.chatId;
const _errs43 = errors;
if(!(((typeof data17 == "number") && (!(data17 % 1) && !isNaN(data17))) && (isFinite(data17)))){
validate148.errors = [{instancePath:instancePath+"/chatId",schemaPath:"#/properties/chatId/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs43){
if((typeof data17 == "number") && (isFinite(data17))){
if(data17 < 1 || isNaN(data17)){
validate148.errors = [{instancePath:instancePath+"/chatId",schemaPath:"#/properties/chatId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
var valid0 = _errs43 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.dialogId !== undefined){
let data18 = data.dialogId;
const _errs45 = errors;
const _errs46 = errors;
if(errors === _errs46){
if(typeof data18 === "string"){
if(!pattern4.test(data18)){
validate148.errors = [{instancePath:instancePath+"/dialogId",schemaPath:"contract#/$defs/DialogId/pattern",keyword:"pattern",params:{pattern: "^(chat[1-9][0-9]*|[1-9][0-9]*)$"},message:"must match pattern \""+"^(chat[1-9][0-9]*|[1-9][0-9]*)$"+"\""}];
return false;
}
}
else {
validate148.errors = [{instancePath:instancePath+"/dialogId",schemaPath:"contract#/$defs/DialogId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs45 === errors;
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
validate148.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate148.errors = vErrors;
return errors === 0;
}
validate148.evaluated = {"props":{"file":true,"messageId":true,"chatId":true,"dialogId":true},"dynamicProps":false,"dynamicItems":false};


function validate147(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate147.evaluated;
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
validate147.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.result !== undefined){
const _errs1 = errors;
if(!(validate148(data.result, {instancePath:instancePath+"/result",parentData:data,parentDataProperty:"result",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate148.errors : vErrors.concat(validate148.errors);
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
validate147.errors = [{instancePath:instancePath+"/time",schemaPath:"contract#/$defs/ResponseTime/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data1.start !== undefined){
let data2 = data1.start;
const _errs5 = errors;
if(!((typeof data2 == "number") && (isFinite(data2)))){
validate147.errors = [{instancePath:instancePath+"/time/start",schemaPath:"contract#/$defs/ResponseTime/properties/start/type",keyword:"type",params:{type: "number"},message:"must be number"}];
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
const _errs8 = errors;
if(!((typeof data3 == "number") && (isFinite(data3)))){
validate147.errors = [{instancePath:instancePath+"/time/finish",schemaPath:"contract#/$defs/ResponseTime/properties/finish/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid2 = _errs8 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.duration !== undefined){
let data4 = data1.duration;
const _errs11 = errors;
if(!((typeof data4 == "number") && (isFinite(data4)))){
validate147.errors = [{instancePath:instancePath+"/time/duration",schemaPath:"contract#/$defs/ResponseTime/properties/duration/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid2 = _errs11 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.processing !== undefined){
let data5 = data1.processing;
const _errs14 = errors;
if(!((typeof data5 == "number") && (isFinite(data5)))){
validate147.errors = [{instancePath:instancePath+"/time/processing",schemaPath:"contract#/$defs/ResponseTime/properties/processing/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid2 = _errs14 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.date_start !== undefined){
let data6 = data1.date_start;
const _errs17 = errors;
if(errors === _errs17){
if(errors === _errs17){
if(typeof data6 === "string"){
if(!(formats0(data6))){
validate147.errors = [{instancePath:instancePath+"/time/date_start",schemaPath:"contract#/$defs/ResponseTime/properties/date_start/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate147.errors = [{instancePath:instancePath+"/time/date_start",schemaPath:"contract#/$defs/ResponseTime/properties/date_start/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid2 = _errs17 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.date_finish !== undefined){
let data7 = data1.date_finish;
const _errs20 = errors;
if(errors === _errs20){
if(errors === _errs20){
if(typeof data7 === "string"){
if(!(formats0(data7))){
validate147.errors = [{instancePath:instancePath+"/time/date_finish",schemaPath:"contract#/$defs/ResponseTime/properties/date_finish/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate147.errors = [{instancePath:instancePath+"/time/date_finish",schemaPath:"contract#/$defs/ResponseTime/properties/date_finish/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid2 = _errs20 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.operating !== undefined){
let data8 = data1.operating;
const _errs23 = errors;
if(!((typeof data8 == "number") && (isFinite(data8)))){
validate147.errors = [{instancePath:instancePath+"/time/operating",schemaPath:"contract#/$defs/ResponseTime/properties/operating/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid2 = _errs23 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.operating_reset_at !== undefined){
let data9 = data1.operating_reset_at;
const _errs26 = errors;
if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
validate147.errors = [{instancePath:instancePath+"/time/operating_reset_at",schemaPath:"contract#/$defs/ResponseTime/properties/operating_reset_at/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid2 = _errs26 === errors;
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
validate147.errors = [{instancePath:instancePath+"/time",schemaPath:"contract#/$defs/ResponseTime/type",keyword:"type",params:{type: "object"},message:"must be object"}];
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
validate147.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate147.errors = vErrors;
return errors === 0;
}
validate147.evaluated = {"props":{"result":true,"time":true},"dynamicProps":false,"dynamicItems":false};


function validate146(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="imbotV2FileUploadSuccess" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate146.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate147(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate147.errors : vErrors.concat(validate147.errors);
errors = vErrors.length;
}
validate146.errors = vErrors;
return errors === 0;
}
validate146.evaluated = {"props":{"result":true,"time":true},"dynamicProps":false,"dynamicItems":false};

export const imbotV2FileDownloadParams = validate331;
const schema416 = {"$id":"imbotV2FileDownloadParams","$ref":"contract#/$defs/ImbotV2FileDownloadParams"};
const schema417 = {"type":"object","description":"Parameters of imbot.v2.File.download.","required":["botId","fileId"],"properties":{"botId":{"$ref":"contract#/$defs/BotId","description":"Id of the bot acting. Missing: BOT_ID_REQUIRED.","x-bitrix-empty-error":"BOT_ID_REQUIRED"},"botToken":{"$ref":"contract#/$defs/BotToken","x-bitrix-webhook-required":"BOT_TOKEN_NOT_SPECIFIED","description":"The bot token set at Bot.register. Needed when calling through an incoming webhook (missing: BOT_TOKEN_NOT_SPECIFIED); OAuth calls leave it out."},"fileId":{"$ref":"contract#/$defs/FileId","description":"The file on Drive (File.id, e.g. from File.upload)."}}};
const schema420 = {"type":"integer","minimum":1,"description":"Id of a file on the portal's Drive.","example":138};

function validate332(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate332.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.botId === undefined) && (missing0 = "botId")) || ((data.fileId === undefined) && (missing0 = "fileId"))){
validate332.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.botId !== undefined){
let data0 = data.botId;
const _errs1 = errors;
const _errs2 = errors;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
validate332.errors = [{instancePath:instancePath+"/botId",schemaPath:"contract#/$defs/BotId/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs2){
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 < 1 || isNaN(data0)){
validate332.errors = [{instancePath:instancePath+"/botId",schemaPath:"contract#/$defs/BotId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
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
const _errs6 = errors;
const _errs7 = errors;
if(errors === _errs7){
if(typeof data1 === "string"){
if(func1(data1) > 40){
validate332.errors = [{instancePath:instancePath+"/botToken",schemaPath:"contract#/$defs/BotToken/maxLength",keyword:"maxLength",params:{limit: 40},message:"must NOT have more than 40 characters"}];
return false;
}
else {
if(func1(data1) < 1){
validate332.errors = [{instancePath:instancePath+"/botToken",schemaPath:"contract#/$defs/BotToken/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate332.errors = [{instancePath:instancePath+"/botToken",schemaPath:"contract#/$defs/BotToken/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.fileId !== undefined){
let data2 = data.fileId;
const _errs11 = errors;
const _errs12 = errors;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
validate332.errors = [{instancePath:instancePath+"/fileId",schemaPath:"contract#/$defs/FileId/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs12){
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 1 || isNaN(data2)){
validate332.errors = [{instancePath:instancePath+"/fileId",schemaPath:"contract#/$defs/FileId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate332.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate332.errors = vErrors;
return errors === 0;
}
validate332.evaluated = {"props":{"botId":true,"botToken":true,"fileId":true},"dynamicProps":false,"dynamicItems":false};


function validate331(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="imbotV2FileDownloadParams" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate331.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate332(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate332.errors : vErrors.concat(validate332.errors);
errors = vErrors.length;
}
validate331.errors = vErrors;
return errors === 0;
}
validate331.evaluated = {"props":{"botId":true,"botToken":true,"fileId":true},"dynamicProps":false,"dynamicItems":false};

export const imbotV2FileDownloadSuccess = validate151;
const schema175 = {"$id":"imbotV2FileDownloadSuccess","$ref":"contract#/$defs/ImbotV2FileDownloadSuccess"};
const schema176 = {"type":"object","description":"Success envelope of imbot.v2.File.download.","required":["result","time"],"properties":{"result":{"$ref":"contract#/$defs/ImbotV2FileDownloadResult"},"time":{"$ref":"contract#/$defs/ResponseTime"}}};
const schema177 = {"type":"object","description":"What imbot.v2.File.download returns.","required":["downloadUrl"],"properties":{"downloadUrl":{"type":"string","format":"uri","description":"One-time download link."}},"example":{"downloadUrl":"https://example.bitrix24.com/rest/download.json?token=imbot%7CaW"}};

function validate152(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate152.evaluated;
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
validate152.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.result !== undefined){
let data0 = data.result;
const _errs1 = errors;
const _errs2 = errors;
if(errors === _errs2){
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
let missing1;
if((data0.downloadUrl === undefined) && (missing1 = "downloadUrl")){
validate152.errors = [{instancePath:instancePath+"/result",schemaPath:"contract#/$defs/ImbotV2FileDownloadResult/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data0.downloadUrl !== undefined){
let data1 = data0.downloadUrl;
const _errs5 = errors;
if(errors === _errs5){
if(errors === _errs5){
if(typeof data1 === "string"){
if(!(formats150(data1))){
validate152.errors = [{instancePath:instancePath+"/result/downloadUrl",schemaPath:"contract#/$defs/ImbotV2FileDownloadResult/properties/downloadUrl/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""}];
return false;
}
}
else {
validate152.errors = [{instancePath:instancePath+"/result/downloadUrl",schemaPath:"contract#/$defs/ImbotV2FileDownloadResult/properties/downloadUrl/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
}
}
}
else {
validate152.errors = [{instancePath:instancePath+"/result",schemaPath:"contract#/$defs/ImbotV2FileDownloadResult/type",keyword:"type",params:{type: "object"},message:"must be object"}];
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
let data2 = data.time;
const _errs7 = errors;
const _errs8 = errors;
if(errors === _errs8){
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
let missing2;
if(((((((data2.start === undefined) && (missing2 = "start")) || ((data2.finish === undefined) && (missing2 = "finish"))) || ((data2.duration === undefined) && (missing2 = "duration"))) || ((data2.processing === undefined) && (missing2 = "processing"))) || ((data2.date_start === undefined) && (missing2 = "date_start"))) || ((data2.date_finish === undefined) && (missing2 = "date_finish"))){
validate152.errors = [{instancePath:instancePath+"/time",schemaPath:"contract#/$defs/ResponseTime/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
if(data2.start !== undefined){
let data3 = data2.start;
const _errs10 = errors;
if(!((typeof data3 == "number") && (isFinite(data3)))){
validate152.errors = [{instancePath:instancePath+"/time/start",schemaPath:"contract#/$defs/ResponseTime/properties/start/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid4 = _errs10 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data2.finish !== undefined){
let data4 = data2.finish;
const _errs13 = errors;
if(!((typeof data4 == "number") && (isFinite(data4)))){
validate152.errors = [{instancePath:instancePath+"/time/finish",schemaPath:"contract#/$defs/ResponseTime/properties/finish/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid4 = _errs13 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data2.duration !== undefined){
let data5 = data2.duration;
const _errs16 = errors;
if(!((typeof data5 == "number") && (isFinite(data5)))){
validate152.errors = [{instancePath:instancePath+"/time/duration",schemaPath:"contract#/$defs/ResponseTime/properties/duration/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid4 = _errs16 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data2.processing !== undefined){
let data6 = data2.processing;
const _errs19 = errors;
if(!((typeof data6 == "number") && (isFinite(data6)))){
validate152.errors = [{instancePath:instancePath+"/time/processing",schemaPath:"contract#/$defs/ResponseTime/properties/processing/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid4 = _errs19 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data2.date_start !== undefined){
let data7 = data2.date_start;
const _errs22 = errors;
if(errors === _errs22){
if(errors === _errs22){
if(typeof data7 === "string"){
if(!(formats0(data7))){
validate152.errors = [{instancePath:instancePath+"/time/date_start",schemaPath:"contract#/$defs/ResponseTime/properties/date_start/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate152.errors = [{instancePath:instancePath+"/time/date_start",schemaPath:"contract#/$defs/ResponseTime/properties/date_start/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid4 = _errs22 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data2.date_finish !== undefined){
let data8 = data2.date_finish;
const _errs25 = errors;
if(errors === _errs25){
if(errors === _errs25){
if(typeof data8 === "string"){
if(!(formats0(data8))){
validate152.errors = [{instancePath:instancePath+"/time/date_finish",schemaPath:"contract#/$defs/ResponseTime/properties/date_finish/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate152.errors = [{instancePath:instancePath+"/time/date_finish",schemaPath:"contract#/$defs/ResponseTime/properties/date_finish/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid4 = _errs25 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data2.operating !== undefined){
let data9 = data2.operating;
const _errs28 = errors;
if(!((typeof data9 == "number") && (isFinite(data9)))){
validate152.errors = [{instancePath:instancePath+"/time/operating",schemaPath:"contract#/$defs/ResponseTime/properties/operating/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid4 = _errs28 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data2.operating_reset_at !== undefined){
let data10 = data2.operating_reset_at;
const _errs31 = errors;
if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){
validate152.errors = [{instancePath:instancePath+"/time/operating_reset_at",schemaPath:"contract#/$defs/ResponseTime/properties/operating_reset_at/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid4 = _errs31 === errors;
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
validate152.errors = [{instancePath:instancePath+"/time",schemaPath:"contract#/$defs/ResponseTime/type",keyword:"type",params:{type: "object"},message:"must be object"}];
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
validate152.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate152.errors = vErrors;
return errors === 0;
}
validate152.evaluated = {"props":{"result":true,"time":true},"dynamicProps":false,"dynamicItems":false};


function validate151(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="imbotV2FileDownloadSuccess" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate151.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate152(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate152.errors : vErrors.concat(validate152.errors);
errors = vErrors.length;
}
validate151.errors = vErrors;
return errors === 0;
}
validate151.evaluated = {"props":{"result":true,"time":true},"dynamicProps":false,"dynamicItems":false};

export const imbotV2EventGetParams = validate334;
const schema421 = {"$id":"imbotV2EventGetParams","$ref":"contract#/$defs/ImbotV2EventGetParams"};
const schema422 = {"type":"object","description":"Parameters of imbot.v2.Event.get.","required":["botId"],"properties":{"botId":{"$ref":"contract#/$defs/BotId","description":"Id of the bot acting. Missing: BOT_ID_REQUIRED.","x-bitrix-empty-error":"BOT_ID_REQUIRED"},"botToken":{"$ref":"contract#/$defs/BotToken","x-bitrix-webhook-required":"BOT_TOKEN_NOT_SPECIFIED","description":"The bot token set at Bot.register. Needed when calling through an incoming webhook (missing: BOT_TOKEN_NOT_SPECIFIED); OAuth calls leave it out."},"offset":{"type":"integer","minimum":0,"description":"Confirms the events with lower ids; left out on the first call."},"limit":{"type":"integer","minimum":1,"maximum":1000,"default":100,"description":"Most events to return, 1 to 1000."},"withUserEvents":{"type":"boolean","description":"Also return the current user's ONIMV2* events (needs the im scope and im.v2.Event.subscribe). Those events are not described by this contract. JSON booleans; portals also read \"Y\"/\"N\".","default":false}}};

function validate335(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate335.evaluated;
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
validate335.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.botId !== undefined){
let data0 = data.botId;
const _errs1 = errors;
const _errs2 = errors;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
validate335.errors = [{instancePath:instancePath+"/botId",schemaPath:"contract#/$defs/BotId/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs2){
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 < 1 || isNaN(data0)){
validate335.errors = [{instancePath:instancePath+"/botId",schemaPath:"contract#/$defs/BotId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
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
const _errs6 = errors;
const _errs7 = errors;
if(errors === _errs7){
if(typeof data1 === "string"){
if(func1(data1) > 40){
validate335.errors = [{instancePath:instancePath+"/botToken",schemaPath:"contract#/$defs/BotToken/maxLength",keyword:"maxLength",params:{limit: 40},message:"must NOT have more than 40 characters"}];
return false;
}
else {
if(func1(data1) < 1){
validate335.errors = [{instancePath:instancePath+"/botToken",schemaPath:"contract#/$defs/BotToken/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate335.errors = [{instancePath:instancePath+"/botToken",schemaPath:"contract#/$defs/BotToken/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.offset !== undefined){
let data2 = data.offset;
const _errs11 = errors;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
validate335.errors = [{instancePath:instancePath+"/offset",schemaPath:"#/properties/offset/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs11){
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 0 || isNaN(data2)){
validate335.errors = [{instancePath:instancePath+"/offset",schemaPath:"#/properties/offset/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
let data3 = data.limit;
const _errs13 = errors;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
validate335.errors = [{instancePath:instancePath+"/limit",schemaPath:"#/properties/limit/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs13){
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 > 1000 || isNaN(data3)){
validate335.errors = [{instancePath:instancePath+"/limit",schemaPath:"#/properties/limit/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000},message:"must be <= 1000"}];
return false;
}
else {
if(data3 < 1 || isNaN(data3)){
validate335.errors = [{instancePath:instancePath+"/limit",schemaPath:"#/properties/limit/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
}
var valid0 = _errs13 === errors;
if(valid0){
const _errs15 = errors;
if(typeof data.withUserEvents !== "boolean"){
validate335.errors = [{instancePath:instancePath+"/withUserEvents",schemaPath:"#/properties/withUserEvents/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs15 === errors;
}
}
}
}
}
}
else {
validate335.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate335.errors = vErrors;
return errors === 0;
}
validate335.evaluated = {"props":{"botId":true,"botToken":true,"offset":true,"limit":true,"withUserEvents":true},"dynamicProps":false,"dynamicItems":false};


function validate334(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="imbotV2EventGetParams" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate334.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate335(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate335.errors : vErrors.concat(validate335.errors);
errors = vErrors.length;
}
validate334.errors = vErrors;
return errors === 0;
}
validate334.evaluated = {"props":{"botId":true,"botToken":true,"offset":true,"limit":true,"withUserEvents":true},"dynamicProps":false,"dynamicItems":false};

export const imbotV2EventGetSuccess = validate154;
const schema179 = {"$id":"imbotV2EventGetSuccess","$ref":"contract#/$defs/ImbotV2EventGetSuccess"};
const schema180 = {"type":"object","description":"Success envelope of imbot.v2.Event.get.","required":["result","time"],"properties":{"result":{"$ref":"contract#/$defs/ImbotV2EventGetResult"},"time":{"$ref":"contract#/$defs/ResponseTime"}}};
const schema181 = {"type":"object","description":"What imbot.v2.Event.get returns.","required":["events","nextOffset","hasMore"],"properties":{"events":{"type":"array","maxItems":1000,"items":{"$ref":"contract#/$defs/ImbotV2Event"},"description":"Oldest first."},"nextOffset":{"type":"integer","minimum":0,"description":"Pass as offset next time; keep it even when no events came."},"hasMore":{"type":"boolean","description":"More events are waiting: call again soon."}},"example":{"events":[{"eventId":1001,"type":"ONIMBOTV2MESSAGEADD","date":"2025-01-15T10:30:00+02:00","data":{"bot":{"id":456,"code":"support_bot","type":"bot","isHidden":false,"isSupportOpenline":false,"isReactionsEnabled":true,"backgroundId":null,"language":"en","moduleId":"rest","eventMode":"fetch","countMessage":150,"countCommand":3,"countChat":12,"countUser":45},"message":{"id":789,"chatId":5,"authorId":1,"date":"2025-01-15T10:30:00+02:00","text":"Hello bot!","isSystem":false,"uuid":"","forward":null,"params":{},"viewedByOthers":false},"chat":{"id":5,"dialogId":"chat5","type":"chat","name":"Support Chat","entityType":"","owner":1,"avatar":"","color":"#ab7761"},"user":{"id":1,"active":true,"name":"John Smith","firstName":"John","lastName":"Smith","workPosition":"Developer","color":"#df532d","avatar":"","gender":"M","birthday":"","extranet":false,"bot":false,"connector":false,"externalAuthId":"default","status":"online","idle":false,"lastActivityDate":"2025-01-15T10:29:00+02:00","absent":false,"departments":[1],"phones":false,"type":"employee"},"language":"en"}},{"eventId":1002,"type":"ONIMBOTV2COMMANDADD","date":"2025-01-15T10:30:00+02:00","data":{"bot":{"id":456,"code":"support_bot","type":"bot","isHidden":false,"isSupportOpenline":false,"isReactionsEnabled":true,"backgroundId":null,"language":"en","moduleId":"rest","eventMode":"fetch","countMessage":150,"countCommand":3,"countChat":12,"countUser":45},"command":{"id":78,"command":"/help","params":"topic","context":"textarea"},"message":{"id":790,"chatId":5,"authorId":1,"date":"2025-01-15T10:30:00+02:00","text":"/help topic","isSystem":false,"uuid":"","forward":null,"params":{},"viewedByOthers":false},"chat":{"id":5,"dialogId":"chat5","type":"chat","name":"Support Chat","entityType":"","owner":1,"avatar":"","color":"#ab7761"},"user":{"id":1,"active":true,"name":"John Smith","firstName":"John","lastName":"Smith","workPosition":"Developer","color":"#df532d","avatar":"","gender":"M","birthday":"","extranet":false,"bot":false,"connector":false,"externalAuthId":"default","status":"online","idle":false,"lastActivityDate":"2025-01-15T10:29:00+02:00","absent":false,"departments":[1],"phones":false,"type":"employee"},"language":"en"}}],"nextOffset":1003,"hasMore":false}};
const schema182 = {"description":"One bot event from Event.get, told apart by `type`. Only the eight ONIMBOTV2* bot events are described; user events (ONIMV2*, returned with withUserEvents) are not part of this contract.","oneOf":[{"$ref":"contract#/$defs/ImbotV2EventMessageAdd"},{"$ref":"contract#/$defs/ImbotV2EventMessageUpdate"},{"$ref":"contract#/$defs/ImbotV2EventMessageDelete"},{"$ref":"contract#/$defs/ImbotV2EventJoinChat"},{"$ref":"contract#/$defs/ImbotV2EventCommandAdd"},{"$ref":"contract#/$defs/ImbotV2EventReactionChange"},{"$ref":"contract#/$defs/ImbotV2EventContextGet"},{"$ref":"contract#/$defs/ImbotV2EventDelete"}],"discriminator":{"propertyName":"type","mapping":{"ONIMBOTV2MESSAGEADD":"#/components/schemas/ImbotV2EventMessageAdd","ONIMBOTV2MESSAGEUPDATE":"#/components/schemas/ImbotV2EventMessageUpdate","ONIMBOTV2MESSAGEDELETE":"#/components/schemas/ImbotV2EventMessageDelete","ONIMBOTV2JOINCHAT":"#/components/schemas/ImbotV2EventJoinChat","ONIMBOTV2COMMANDADD":"#/components/schemas/ImbotV2EventCommandAdd","ONIMBOTV2REACTIONCHANGE":"#/components/schemas/ImbotV2EventReactionChange","ONIMBOTV2CONTEXTGET":"#/components/schemas/ImbotV2EventContextGet","ONIMBOTV2DELETE":"#/components/schemas/ImbotV2EventDelete"}}};
const schema183 = {"type":"object","description":"ONIMBOTV2MESSAGEADD: A message was sent to the bot (a mention or a one-to-one dialog; supervisor and personal bots get every message of their chats).","required":["eventId","type","date","data"],"properties":{"eventId":{"type":"integer","minimum":1,"description":"Queue id of the event; Event.get confirms ids below `offset`."},"type":{"type":"string","const":"ONIMBOTV2MESSAGEADD","description":"The event type."},"date":{"type":"string","format":"date-time","description":"When the event happened."},"data":{"$ref":"contract#/$defs/ImbotV2EventMessageAddData"}}};
const schema184 = {"type":"object","description":"`data` of ONIMBOTV2MESSAGEADD (V2/events/events.md). Extra properties are allowed: payloads carry fields the page does not list.","required":["bot","message","chat","user","language"],"additionalProperties":true,"properties":{"bot":{"$ref":"contract#/$defs/ImbotV2EventBot"},"message":{"$ref":"contract#/$defs/Message"},"chat":{"$ref":"contract#/$defs/Chat"},"user":{"$ref":"contract#/$defs/User"},"language":{"$ref":"contract#/$defs/ImbotV2EventLanguage"}},"example":{"bot":{"id":456,"code":"support_bot","type":"bot","isHidden":false,"isSupportOpenline":false,"isReactionsEnabled":true,"backgroundId":null,"language":"en","moduleId":"rest","eventMode":"fetch","countMessage":150,"countCommand":3,"countChat":12,"countUser":45},"message":{"id":789,"chatId":5,"authorId":1,"date":"2025-01-15T10:30:00+02:00","text":"Hello bot!","isSystem":false,"uuid":"","forward":null,"params":{},"viewedByOthers":false},"chat":{"id":5,"dialogId":"chat5","type":"chat","name":"Support Chat","entityType":"","owner":1,"avatar":"","color":"#ab7761"},"user":{"id":1,"active":true,"name":"John Smith","firstName":"John","lastName":"Smith","workPosition":"Developer","color":"#df532d","avatar":"","gender":"M","birthday":"","extranet":false,"bot":false,"connector":false,"externalAuthId":"default","status":"online","idle":false,"lastActivityDate":"2025-01-15T10:29:00+02:00","absent":false,"departments":[1],"phones":false,"type":"employee"},"language":"en"}};
const schema189 = {"type":"string","description":"The portal language, e.g. en or de.","example":"en"};
const schema185 = {"description":"The bot an event is for: the full Bot in fetch mode (Event.get), id/code/auth in webhook mode.","anyOf":[{"$ref":"contract#/$defs/Bot"},{"$ref":"contract#/$defs/ImbotV2EventWebhookBot"}]};
const schema186 = {"type":"object","required":["id","code"],"description":"The bot as webhook deliveries carry it: only id, code and the OAuth tokens for calls back (V2/events/events.md, bot format). Event.get (fetch mode) carries the full Bot instead.","additionalProperties":true,"properties":{"id":{"$ref":"contract#/$defs/BotId"},"code":{"type":"string","description":"The bot code."},"auth":{"type":"object","additionalProperties":true,"description":"OAuth data for calling back as this bot (access_token, expires, domain, application_token, ...). Verify deliveries with the top-level auth, not this one."}}};

function validate162(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate162.evaluated;
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
validate162.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.id !== undefined){
let data0 = data.id;
const _errs2 = errors;
const _errs3 = errors;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
validate162.errors = [{instancePath:instancePath+"/id",schemaPath:"contract#/$defs/BotId/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs3){
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 < 1 || isNaN(data0)){
validate162.errors = [{instancePath:instancePath+"/id",schemaPath:"contract#/$defs/BotId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
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
const _errs6 = errors;
if(typeof data.code !== "string"){
validate162.errors = [{instancePath:instancePath+"/code",schemaPath:"#/properties/code/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.auth !== undefined){
let data2 = data.auth;
const _errs8 = errors;
if(errors === _errs8){
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
}
else {
validate162.errors = [{instancePath:instancePath+"/auth",schemaPath:"#/properties/auth/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate162.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate162.errors = vErrors;
return errors === 0;
}
validate162.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate160(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate160.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
let valid0 = false;
const _errs1 = errors;
if(!(validate26(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
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
if(!(validate162(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate162.errors : vErrors.concat(validate162.errors);
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
validate160.errors = vErrors;
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
validate160.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate160.evaluated = {"dynamicProps":true,"dynamicItems":false};


function validate159(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate159.evaluated;
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
validate159.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.bot !== undefined){
const _errs3 = errors;
if(!(validate160(data.bot, {instancePath:instancePath+"/bot",parentData:data,parentDataProperty:"bot",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate160.errors : vErrors.concat(validate160.errors);
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
if(!(validate107(data.message, {instancePath:instancePath+"/message",parentData:data,parentDataProperty:"message",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate107.errors : vErrors.concat(validate107.errors);
errors = vErrors.length;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.chat !== undefined){
let data2 = data.chat;
const _errs5 = errors;
const _errs6 = errors;
if(errors === _errs6){
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
let missing1;
if(((data2.id === undefined) && (missing1 = "id")) || ((data2.dialogId === undefined) && (missing1 = "dialogId"))){
validate159.errors = [{instancePath:instancePath+"/chat",schemaPath:"contract#/$defs/Chat/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data2.id !== undefined){
let data3 = data2.id;
const _errs9 = errors;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
validate159.errors = [{instancePath:instancePath+"/chat/id",schemaPath:"contract#/$defs/Chat/properties/id/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs9){
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 1 || isNaN(data3)){
validate159.errors = [{instancePath:instancePath+"/chat/id",schemaPath:"contract#/$defs/Chat/properties/id/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
var valid2 = _errs9 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.dialogId !== undefined){
const _errs11 = errors;
if(typeof data2.dialogId !== "string"){
validate159.errors = [{instancePath:instancePath+"/chat/dialogId",schemaPath:"contract#/$defs/Chat/properties/dialogId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs11 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.name !== undefined){
const _errs13 = errors;
if(typeof data2.name !== "string"){
validate159.errors = [{instancePath:instancePath+"/chat/name",schemaPath:"contract#/$defs/Chat/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs13 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.type !== undefined){
const _errs15 = errors;
if(typeof data2.type !== "string"){
validate159.errors = [{instancePath:instancePath+"/chat/type",schemaPath:"contract#/$defs/Chat/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs15 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.messageType !== undefined){
const _errs17 = errors;
if(typeof data2.messageType !== "string"){
validate159.errors = [{instancePath:instancePath+"/chat/messageType",schemaPath:"contract#/$defs/Chat/properties/messageType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs17 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.owner !== undefined){
let data8 = data2.owner;
const _errs19 = errors;
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
validate159.errors = [{instancePath:instancePath+"/chat/owner",schemaPath:"contract#/$defs/Chat/properties/owner/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid2 = _errs19 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.color !== undefined){
let data9 = data2.color;
const _errs21 = errors;
if((typeof data9 !== "string") && (data9 !== null)){
validate159.errors = [{instancePath:instancePath+"/chat/color",schemaPath:"contract#/$defs/Chat/properties/color/type",keyword:"type",params:{type: schema62.properties.color.type},message:"must be string,null"}];
return false;
}
var valid2 = _errs21 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.avatar !== undefined){
const _errs23 = errors;
if(typeof data2.avatar !== "string"){
validate159.errors = [{instancePath:instancePath+"/chat/avatar",schemaPath:"contract#/$defs/Chat/properties/avatar/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs23 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.description !== undefined){
const _errs25 = errors;
if(typeof data2.description !== "string"){
validate159.errors = [{instancePath:instancePath+"/chat/description",schemaPath:"contract#/$defs/Chat/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs25 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.extranet !== undefined){
const _errs27 = errors;
if(typeof data2.extranet !== "boolean"){
validate159.errors = [{instancePath:instancePath+"/chat/extranet",schemaPath:"contract#/$defs/Chat/properties/extranet/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid2 = _errs27 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.role !== undefined){
let data13 = data2.role;
const _errs29 = errors;
if(typeof data13 !== "string"){
validate159.errors = [{instancePath:instancePath+"/chat/role",schemaPath:"contract#/$defs/Chat/properties/role/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((((data13 === "owner") || (data13 === "manager")) || (data13 === "member")) || (data13 === "guest")) || (data13 === "none"))){
validate159.errors = [{instancePath:instancePath+"/chat/role",schemaPath:"contract#/$defs/Chat/properties/role/enum",keyword:"enum",params:{allowedValues: schema62.properties.role.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid2 = _errs29 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.containsCollaber !== undefined){
const _errs31 = errors;
if(typeof data2.containsCollaber !== "boolean"){
validate159.errors = [{instancePath:instancePath+"/chat/containsCollaber",schemaPath:"contract#/$defs/Chat/properties/containsCollaber/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid2 = _errs31 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.muteList !== undefined){
let data15 = data2.muteList;
const _errs33 = errors;
if(errors === _errs33){
if(Array.isArray(data15)){
var valid3 = true;
const len0 = data15.length;
for(let i0=0; i0<len0; i0++){
let data16 = data15[i0];
const _errs35 = errors;
if(!(((typeof data16 == "number") && (!(data16 % 1) && !isNaN(data16))) && (isFinite(data16)))){
validate159.errors = [{instancePath:instancePath+"/chat/muteList/" + i0,schemaPath:"contract#/$defs/Chat/properties/muteList/items/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid3 = _errs35 === errors;
if(!valid3){
break;
}
}
}
else {
validate159.errors = [{instancePath:instancePath+"/chat/muteList",schemaPath:"contract#/$defs/Chat/properties/muteList/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid2 = _errs33 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.entityType !== undefined){
const _errs37 = errors;
if(typeof data2.entityType !== "string"){
validate159.errors = [{instancePath:instancePath+"/chat/entityType",schemaPath:"contract#/$defs/Chat/properties/entityType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs37 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.entityId !== undefined){
const _errs39 = errors;
if(typeof data2.entityId !== "string"){
validate159.errors = [{instancePath:instancePath+"/chat/entityId",schemaPath:"contract#/$defs/Chat/properties/entityId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs39 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.entityData1 !== undefined){
const _errs41 = errors;
if(typeof data2.entityData1 !== "string"){
validate159.errors = [{instancePath:instancePath+"/chat/entityData1",schemaPath:"contract#/$defs/Chat/properties/entityData1/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs41 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.entityData2 !== undefined){
const _errs43 = errors;
if(typeof data2.entityData2 !== "string"){
validate159.errors = [{instancePath:instancePath+"/chat/entityData2",schemaPath:"contract#/$defs/Chat/properties/entityData2/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs43 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.entityData3 !== undefined){
const _errs45 = errors;
if(typeof data2.entityData3 !== "string"){
validate159.errors = [{instancePath:instancePath+"/chat/entityData3",schemaPath:"contract#/$defs/Chat/properties/entityData3/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs45 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.entityLink !== undefined){
let data22 = data2.entityLink;
const _errs47 = errors;
if(!(data22 && typeof data22 == "object" && !Array.isArray(data22))){
validate159.errors = [{instancePath:instancePath+"/chat/entityLink",schemaPath:"contract#/$defs/Chat/properties/entityLink/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
var valid2 = _errs47 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.diskFolderId !== undefined){
let data23 = data2.diskFolderId;
const _errs49 = errors;
if((!(((typeof data23 == "number") && (!(data23 % 1) && !isNaN(data23))) && (isFinite(data23)))) && (data23 !== null)){
validate159.errors = [{instancePath:instancePath+"/chat/diskFolderId",schemaPath:"contract#/$defs/Chat/properties/diskFolderId/type",keyword:"type",params:{type: schema62.properties.diskFolderId.type},message:"must be integer,null"}];
return false;
}
var valid2 = _errs49 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.permissions !== undefined){
let data24 = data2.permissions;
const _errs51 = errors;
if(!(data24 && typeof data24 == "object" && !Array.isArray(data24))){
validate159.errors = [{instancePath:instancePath+"/chat/permissions",schemaPath:"contract#/$defs/Chat/properties/permissions/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
var valid2 = _errs51 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.parentChatId !== undefined){
let data25 = data2.parentChatId;
const _errs53 = errors;
if((!(((typeof data25 == "number") && (!(data25 % 1) && !isNaN(data25))) && (isFinite(data25)))) && (data25 !== null)){
validate159.errors = [{instancePath:instancePath+"/chat/parentChatId",schemaPath:"contract#/$defs/Chat/properties/parentChatId/type",keyword:"type",params:{type: schema62.properties.parentChatId.type},message:"must be integer,null"}];
return false;
}
var valid2 = _errs53 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.parentMessageId !== undefined){
let data26 = data2.parentMessageId;
const _errs55 = errors;
if((!(((typeof data26 == "number") && (!(data26 % 1) && !isNaN(data26))) && (isFinite(data26)))) && (data26 !== null)){
validate159.errors = [{instancePath:instancePath+"/chat/parentMessageId",schemaPath:"contract#/$defs/Chat/properties/parentMessageId/type",keyword:"type",params:{type: schema62.properties.parentMessageId.type},message:"must be integer,null"}];
return false;
}
var valid2 = _errs55 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.isNew !== undefined){
const _errs57 = errors;
if(typeof data2.isNew !== "boolean"){
validate159.errors = [{instancePath:instancePath+"/chat/isNew",schemaPath:"contract#/$defs/Chat/properties/isNew/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid2 = _errs57 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.textFieldEnabled !== undefined){
let data28 = data2.textFieldEnabled;
const _errs59 = errors;
if(typeof data28 !== "string"){
validate159.errors = [{instancePath:instancePath+"/chat/textFieldEnabled",schemaPath:"contract#/$defs/Chat/properties/textFieldEnabled/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((data28 === "Y") || (data28 === "N"))){
validate159.errors = [{instancePath:instancePath+"/chat/textFieldEnabled",schemaPath:"contract#/$defs/Chat/properties/textFieldEnabled/enum",keyword:"enum",params:{allowedValues: schema62.properties.textFieldEnabled.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid2 = _errs59 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.backgroundId !== undefined){
let data29 = data2.backgroundId;
const _errs61 = errors;
if((typeof data29 !== "string") && (data29 !== null)){
validate159.errors = [{instancePath:instancePath+"/chat/backgroundId",schemaPath:"contract#/$defs/Chat/properties/backgroundId/type",keyword:"type",params:{type: schema62.properties.backgroundId.type},message:"must be string,null"}];
return false;
}
var valid2 = _errs61 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.dateCreate !== undefined){
let data30 = data2.dateCreate;
const _errs63 = errors;
if((typeof data30 !== "string") && (data30 !== null)){
validate159.errors = [{instancePath:instancePath+"/chat/dateCreate",schemaPath:"contract#/$defs/Chat/properties/dateCreate/type",keyword:"type",params:{type: schema62.properties.dateCreate.type},message:"must be string,null"}];
return false;
}
if(errors === _errs63){
if(errors === _errs63){
if(typeof data30 === "string"){
if(!(formats0(data30))){
validate159.errors = [{instancePath:instancePath+"/chat/dateCreate",schemaPath:"contract#/$defs/Chat/properties/dateCreate/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
}
}
var valid2 = _errs63 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.lastMessageId !== undefined){
let data31 = data2.lastMessageId;
const _errs65 = errors;
if((!(((typeof data31 == "number") && (!(data31 % 1) && !isNaN(data31))) && (isFinite(data31)))) && (data31 !== null)){
validate159.errors = [{instancePath:instancePath+"/chat/lastMessageId",schemaPath:"contract#/$defs/Chat/properties/lastMessageId/type",keyword:"type",params:{type: schema62.properties.lastMessageId.type},message:"must be integer,null"}];
return false;
}
var valid2 = _errs65 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.lastId !== undefined){
let data32 = data2.lastId;
const _errs67 = errors;
if((!(((typeof data32 == "number") && (!(data32 % 1) && !isNaN(data32))) && (isFinite(data32)))) && (data32 !== null)){
validate159.errors = [{instancePath:instancePath+"/chat/lastId",schemaPath:"contract#/$defs/Chat/properties/lastId/type",keyword:"type",params:{type: schema62.properties.lastId.type},message:"must be integer,null"}];
return false;
}
var valid2 = _errs67 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.managerList !== undefined){
let data33 = data2.managerList;
const _errs69 = errors;
if(errors === _errs69){
if(Array.isArray(data33)){
var valid4 = true;
const len1 = data33.length;
for(let i1=0; i1<len1; i1++){
let data34 = data33[i1];
const _errs71 = errors;
if(!(((typeof data34 == "number") && (!(data34 % 1) && !isNaN(data34))) && (isFinite(data34)))){
validate159.errors = [{instancePath:instancePath+"/chat/managerList/" + i1,schemaPath:"contract#/$defs/Chat/properties/managerList/items/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid4 = _errs71 === errors;
if(!valid4){
break;
}
}
}
else {
validate159.errors = [{instancePath:instancePath+"/chat/managerList",schemaPath:"contract#/$defs/Chat/properties/managerList/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid2 = _errs69 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.messageCount !== undefined){
let data35 = data2.messageCount;
const _errs73 = errors;
if(!(((typeof data35 == "number") && (!(data35 % 1) && !isNaN(data35))) && (isFinite(data35)))){
validate159.errors = [{instancePath:instancePath+"/chat/messageCount",schemaPath:"contract#/$defs/Chat/properties/messageCount/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid2 = _errs73 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.userCounter !== undefined){
let data36 = data2.userCounter;
const _errs75 = errors;
if(!(((typeof data36 == "number") && (!(data36 % 1) && !isNaN(data36))) && (isFinite(data36)))){
validate159.errors = [{instancePath:instancePath+"/chat/userCounter",schemaPath:"contract#/$defs/Chat/properties/userCounter/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid2 = _errs75 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.unreadId !== undefined){
let data37 = data2.unreadId;
const _errs77 = errors;
if((!(((typeof data37 == "number") && (!(data37 % 1) && !isNaN(data37))) && (isFinite(data37)))) && (data37 !== null)){
validate159.errors = [{instancePath:instancePath+"/chat/unreadId",schemaPath:"contract#/$defs/Chat/properties/unreadId/type",keyword:"type",params:{type: schema62.properties.unreadId.type},message:"must be integer,null"}];
return false;
}
var valid2 = _errs77 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.lastMessageViews !== undefined){
const _errs79 = errors;
if(typeof data2.lastMessageViews !== "string"){
validate159.errors = [{instancePath:instancePath+"/chat/lastMessageViews",schemaPath:"contract#/$defs/Chat/properties/lastMessageViews/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs79 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.markedId !== undefined){
let data39 = data2.markedId;
const _errs81 = errors;
if((!(((typeof data39 == "number") && (!(data39 % 1) && !isNaN(data39))) && (isFinite(data39)))) && (data39 !== null)){
validate159.errors = [{instancePath:instancePath+"/chat/markedId",schemaPath:"contract#/$defs/Chat/properties/markedId/type",keyword:"type",params:{type: schema62.properties.markedId.type},message:"must be integer,null"}];
return false;
}
var valid2 = _errs81 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.public !== undefined){
let data40 = data2.public;
const _errs83 = errors;
const _errs84 = errors;
let valid5 = false;
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
valid5 = true;
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
validate159.errors = vErrors;
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
var valid2 = _errs83 === errors;
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
validate159.errors = [{instancePath:instancePath+"/chat",schemaPath:"contract#/$defs/Chat/type",keyword:"type",params:{type: "object"},message:"must be object"}];
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
const _errs89 = errors;
if(!(validate28(data.user, {instancePath:instancePath+"/user",parentData:data,parentDataProperty:"user",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
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
validate159.errors = [{instancePath:instancePath+"/language",schemaPath:"contract#/$defs/ImbotV2EventLanguage/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate159.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate159.errors = vErrors;
return errors === 0;
}
validate159.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate158(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate158.evaluated;
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
validate158.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.eventId !== undefined){
let data0 = data.eventId;
const _errs1 = errors;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
validate158.errors = [{instancePath:instancePath+"/eventId",schemaPath:"#/properties/eventId/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs1){
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 < 1 || isNaN(data0)){
validate158.errors = [{instancePath:instancePath+"/eventId",schemaPath:"#/properties/eventId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
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
validate158.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if("ONIMBOTV2MESSAGEADD" !== data1){
validate158.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "ONIMBOTV2MESSAGEADD"},message:"must be equal to constant"}];
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
validate158.errors = [{instancePath:instancePath+"/date",schemaPath:"#/properties/date/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate158.errors = [{instancePath:instancePath+"/date",schemaPath:"#/properties/date/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
if(!(validate159(data.data, {instancePath:instancePath+"/data",parentData:data,parentDataProperty:"data",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate159.errors : vErrors.concat(validate159.errors);
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
validate158.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate158.errors = vErrors;
return errors === 0;
}
validate158.evaluated = {"props":{"eventId":true,"type":true,"date":true,"data":true},"dynamicProps":false,"dynamicItems":false};

const schema190 = {"type":"object","description":"ONIMBOTV2MESSAGEUPDATE: A message in a chat of the bot was edited. The page gives no example and says the data is shaped like ONIMBOTV2MESSAGEADD; this schema follows that.","required":["eventId","type","date","data"],"properties":{"eventId":{"type":"integer","minimum":1,"description":"Queue id of the event; Event.get confirms ids below `offset`."},"type":{"type":"string","const":"ONIMBOTV2MESSAGEUPDATE","description":"The event type."},"date":{"type":"string","format":"date-time","description":"When the event happened."},"data":{"$ref":"contract#/$defs/ImbotV2EventMessageUpdateData"}}};
const schema191 = {"type":"object","description":"`data` of ONIMBOTV2MESSAGEUPDATE (V2/events/events.md). Extra properties are allowed: payloads carry fields the page does not list.","required":["bot","message","chat","user","language"],"additionalProperties":true,"properties":{"bot":{"$ref":"contract#/$defs/ImbotV2EventBot"},"message":{"$ref":"contract#/$defs/Message"},"chat":{"$ref":"contract#/$defs/Chat"},"user":{"$ref":"contract#/$defs/User"},"language":{"$ref":"contract#/$defs/ImbotV2EventLanguage"}},"example":{"bot":{"id":456,"code":"support_bot","type":"bot","isHidden":false,"isSupportOpenline":false,"isReactionsEnabled":true,"backgroundId":null,"language":"en","moduleId":"rest","eventMode":"fetch","countMessage":150,"countCommand":3,"countChat":12,"countUser":45},"message":{"id":789,"chatId":5,"authorId":1,"date":"2025-01-15T10:30:00+02:00","text":"Hello bot! (edited)","isSystem":false,"uuid":"","forward":null,"params":{},"viewedByOthers":false},"chat":{"id":5,"dialogId":"chat5","type":"chat","name":"Support Chat","entityType":"","owner":1,"avatar":"","color":"#ab7761"},"user":{"id":1,"active":true,"name":"John Smith","firstName":"John","lastName":"Smith","workPosition":"Developer","color":"#df532d","avatar":"","gender":"M","birthday":"","extranet":false,"bot":false,"connector":false,"externalAuthId":"default","status":"online","idle":false,"lastActivityDate":"2025-01-15T10:29:00+02:00","absent":false,"departments":[1],"phones":false,"type":"employee"},"language":"en"}};

function validate170(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate170.evaluated;
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
validate170.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.bot !== undefined){
const _errs3 = errors;
if(!(validate160(data.bot, {instancePath:instancePath+"/bot",parentData:data,parentDataProperty:"bot",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate160.errors : vErrors.concat(validate160.errors);
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
if(!(validate107(data.message, {instancePath:instancePath+"/message",parentData:data,parentDataProperty:"message",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate107.errors : vErrors.concat(validate107.errors);
errors = vErrors.length;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.chat !== undefined){
let data2 = data.chat;
const _errs5 = errors;
const _errs6 = errors;
if(errors === _errs6){
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
let missing1;
if(((data2.id === undefined) && (missing1 = "id")) || ((data2.dialogId === undefined) && (missing1 = "dialogId"))){
validate170.errors = [{instancePath:instancePath+"/chat",schemaPath:"contract#/$defs/Chat/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data2.id !== undefined){
let data3 = data2.id;
const _errs9 = errors;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
validate170.errors = [{instancePath:instancePath+"/chat/id",schemaPath:"contract#/$defs/Chat/properties/id/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs9){
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 1 || isNaN(data3)){
validate170.errors = [{instancePath:instancePath+"/chat/id",schemaPath:"contract#/$defs/Chat/properties/id/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
var valid2 = _errs9 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.dialogId !== undefined){
const _errs11 = errors;
if(typeof data2.dialogId !== "string"){
validate170.errors = [{instancePath:instancePath+"/chat/dialogId",schemaPath:"contract#/$defs/Chat/properties/dialogId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs11 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.name !== undefined){
const _errs13 = errors;
if(typeof data2.name !== "string"){
validate170.errors = [{instancePath:instancePath+"/chat/name",schemaPath:"contract#/$defs/Chat/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs13 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.type !== undefined){
const _errs15 = errors;
if(typeof data2.type !== "string"){
validate170.errors = [{instancePath:instancePath+"/chat/type",schemaPath:"contract#/$defs/Chat/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs15 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.messageType !== undefined){
const _errs17 = errors;
if(typeof data2.messageType !== "string"){
validate170.errors = [{instancePath:instancePath+"/chat/messageType",schemaPath:"contract#/$defs/Chat/properties/messageType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs17 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.owner !== undefined){
let data8 = data2.owner;
const _errs19 = errors;
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
validate170.errors = [{instancePath:instancePath+"/chat/owner",schemaPath:"contract#/$defs/Chat/properties/owner/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid2 = _errs19 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.color !== undefined){
let data9 = data2.color;
const _errs21 = errors;
if((typeof data9 !== "string") && (data9 !== null)){
validate170.errors = [{instancePath:instancePath+"/chat/color",schemaPath:"contract#/$defs/Chat/properties/color/type",keyword:"type",params:{type: schema62.properties.color.type},message:"must be string,null"}];
return false;
}
var valid2 = _errs21 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.avatar !== undefined){
const _errs23 = errors;
if(typeof data2.avatar !== "string"){
validate170.errors = [{instancePath:instancePath+"/chat/avatar",schemaPath:"contract#/$defs/Chat/properties/avatar/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs23 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.description !== undefined){
const _errs25 = errors;
if(typeof data2.description !== "string"){
validate170.errors = [{instancePath:instancePath+"/chat/description",schemaPath:"contract#/$defs/Chat/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs25 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.extranet !== undefined){
const _errs27 = errors;
if(typeof data2.extranet !== "boolean"){
validate170.errors = [{instancePath:instancePath+"/chat/extranet",schemaPath:"contract#/$defs/Chat/properties/extranet/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid2 = _errs27 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.role !== undefined){
let data13 = data2.role;
const _errs29 = errors;
if(typeof data13 !== "string"){
validate170.errors = [{instancePath:instancePath+"/chat/role",schemaPath:"contract#/$defs/Chat/properties/role/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((((data13 === "owner") || (data13 === "manager")) || (data13 === "member")) || (data13 === "guest")) || (data13 === "none"))){
validate170.errors = [{instancePath:instancePath+"/chat/role",schemaPath:"contract#/$defs/Chat/properties/role/enum",keyword:"enum",params:{allowedValues: schema62.properties.role.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid2 = _errs29 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.containsCollaber !== undefined){
const _errs31 = errors;
if(typeof data2.containsCollaber !== "boolean"){
validate170.errors = [{instancePath:instancePath+"/chat/containsCollaber",schemaPath:"contract#/$defs/Chat/properties/containsCollaber/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid2 = _errs31 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.muteList !== undefined){
let data15 = data2.muteList;
const _errs33 = errors;
if(errors === _errs33){
if(Array.isArray(data15)){
var valid3 = true;
const len0 = data15.length;
for(let i0=0; i0<len0; i0++){
let data16 = data15[i0];
const _errs35 = errors;
if(!(((typeof data16 == "number") && (!(data16 % 1) && !isNaN(data16))) && (isFinite(data16)))){
validate170.errors = [{instancePath:instancePath+"/chat/muteList/" + i0,schemaPath:"contract#/$defs/Chat/properties/muteList/items/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid3 = _errs35 === errors;
if(!valid3){
break;
}
}
}
else {
validate170.errors = [{instancePath:instancePath+"/chat/muteList",schemaPath:"contract#/$defs/Chat/properties/muteList/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid2 = _errs33 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.entityType !== undefined){
const _errs37 = errors;
if(typeof data2.entityType !== "string"){
validate170.errors = [{instancePath:instancePath+"/chat/entityType",schemaPath:"contract#/$defs/Chat/properties/entityType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs37 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.entityId !== undefined){
const _errs39 = errors;
if(typeof data2.entityId !== "string"){
validate170.errors = [{instancePath:instancePath+"/chat/entityId",schemaPath:"contract#/$defs/Chat/properties/entityId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs39 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.entityData1 !== undefined){
const _errs41 = errors;
if(typeof data2.entityData1 !== "string"){
validate170.errors = [{instancePath:instancePath+"/chat/entityData1",schemaPath:"contract#/$defs/Chat/properties/entityData1/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs41 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.entityData2 !== undefined){
const _errs43 = errors;
if(typeof data2.entityData2 !== "string"){
validate170.errors = [{instancePath:instancePath+"/chat/entityData2",schemaPath:"contract#/$defs/Chat/properties/entityData2/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs43 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.entityData3 !== undefined){
const _errs45 = errors;
if(typeof data2.entityData3 !== "string"){
validate170.errors = [{instancePath:instancePath+"/chat/entityData3",schemaPath:"contract#/$defs/Chat/properties/entityData3/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs45 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.entityLink !== undefined){
let data22 = data2.entityLink;
const _errs47 = errors;
if(!(data22 && typeof data22 == "object" && !Array.isArray(data22))){
validate170.errors = [{instancePath:instancePath+"/chat/entityLink",schemaPath:"contract#/$defs/Chat/properties/entityLink/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
var valid2 = _errs47 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.diskFolderId !== undefined){
let data23 = data2.diskFolderId;
const _errs49 = errors;
if((!(((typeof data23 == "number") && (!(data23 % 1) && !isNaN(data23))) && (isFinite(data23)))) && (data23 !== null)){
validate170.errors = [{instancePath:instancePath+"/chat/diskFolderId",schemaPath:"contract#/$defs/Chat/properties/diskFolderId/type",keyword:"type",params:{type: schema62.properties.diskFolderId.type},message:"must be integer,null"}];
return false;
}
var valid2 = _errs49 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.permissions !== undefined){
let data24 = data2.permissions;
const _errs51 = errors;
if(!(data24 && typeof data24 == "object" && !Array.isArray(data24))){
validate170.errors = [{instancePath:instancePath+"/chat/permissions",schemaPath:"contract#/$defs/Chat/properties/permissions/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
var valid2 = _errs51 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.parentChatId !== undefined){
let data25 = data2.parentChatId;
const _errs53 = errors;
if((!(((typeof data25 == "number") && (!(data25 % 1) && !isNaN(data25))) && (isFinite(data25)))) && (data25 !== null)){
validate170.errors = [{instancePath:instancePath+"/chat/parentChatId",schemaPath:"contract#/$defs/Chat/properties/parentChatId/type",keyword:"type",params:{type: schema62.properties.parentChatId.type},message:"must be integer,null"}];
return false;
}
var valid2 = _errs53 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.parentMessageId !== undefined){
let data26 = data2.parentMessageId;
const _errs55 = errors;
if((!(((typeof data26 == "number") && (!(data26 % 1) && !isNaN(data26))) && (isFinite(data26)))) && (data26 !== null)){
validate170.errors = [{instancePath:instancePath+"/chat/parentMessageId",schemaPath:"contract#/$defs/Chat/properties/parentMessageId/type",keyword:"type",params:{type: schema62.properties.parentMessageId.type},message:"must be integer,null"}];
return false;
}
var valid2 = _errs55 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.isNew !== undefined){
const _errs57 = errors;
if(typeof data2.isNew !== "boolean"){
validate170.errors = [{instancePath:instancePath+"/chat/isNew",schemaPath:"contract#/$defs/Chat/properties/isNew/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid2 = _errs57 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.textFieldEnabled !== undefined){
let data28 = data2.textFieldEnabled;
const _errs59 = errors;
if(typeof data28 !== "string"){
validate170.errors = [{instancePath:instancePath+"/chat/textFieldEnabled",schemaPath:"contract#/$defs/Chat/properties/textFieldEnabled/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((data28 === "Y") || (data28 === "N"))){
validate170.errors = [{instancePath:instancePath+"/chat/textFieldEnabled",schemaPath:"contract#/$defs/Chat/properties/textFieldEnabled/enum",keyword:"enum",params:{allowedValues: schema62.properties.textFieldEnabled.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid2 = _errs59 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.backgroundId !== undefined){
let data29 = data2.backgroundId;
const _errs61 = errors;
if((typeof data29 !== "string") && (data29 !== null)){
validate170.errors = [{instancePath:instancePath+"/chat/backgroundId",schemaPath:"contract#/$defs/Chat/properties/backgroundId/type",keyword:"type",params:{type: schema62.properties.backgroundId.type},message:"must be string,null"}];
return false;
}
var valid2 = _errs61 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.dateCreate !== undefined){
let data30 = data2.dateCreate;
const _errs63 = errors;
if((typeof data30 !== "string") && (data30 !== null)){
validate170.errors = [{instancePath:instancePath+"/chat/dateCreate",schemaPath:"contract#/$defs/Chat/properties/dateCreate/type",keyword:"type",params:{type: schema62.properties.dateCreate.type},message:"must be string,null"}];
return false;
}
if(errors === _errs63){
if(errors === _errs63){
if(typeof data30 === "string"){
if(!(formats0(data30))){
validate170.errors = [{instancePath:instancePath+"/chat/dateCreate",schemaPath:"contract#/$defs/Chat/properties/dateCreate/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
}
}
var valid2 = _errs63 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.lastMessageId !== undefined){
let data31 = data2.lastMessageId;
const _errs65 = errors;
if((!(((typeof data31 == "number") && (!(data31 % 1) && !isNaN(data31))) && (isFinite(data31)))) && (data31 !== null)){
validate170.errors = [{instancePath:instancePath+"/chat/lastMessageId",schemaPath:"contract#/$defs/Chat/properties/lastMessageId/type",keyword:"type",params:{type: schema62.properties.lastMessageId.type},message:"must be integer,null"}];
return false;
}
var valid2 = _errs65 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.lastId !== undefined){
let data32 = data2.lastId;
const _errs67 = errors;
if((!(((typeof data32 == "number") && (!(data32 % 1) && !isNaN(data32))) && (isFinite(data32)))) && (data32 !== null)){
validate170.errors = [{instancePath:instancePath+"/chat/lastId",schemaPath:"contract#/$defs/Chat/properties/lastId/type",keyword:"type",params:{type: schema62.properties.lastId.type},message:"must be integer,null"}];
return false;
}
var valid2 = _errs67 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.managerList !== undefined){
let data33 = data2.managerList;
const _errs69 = errors;
if(errors === _errs69){
if(Array.isArray(data33)){
var valid4 = true;
const len1 = data33.length;
for(let i1=0; i1<len1; i1++){
let data34 = data33[i1];
const _errs71 = errors;
if(!(((typeof data34 == "number") && (!(data34 % 1) && !isNaN(data34))) && (isFinite(data34)))){
validate170.errors = [{instancePath:instancePath+"/chat/managerList/" + i1,schemaPath:"contract#/$defs/Chat/properties/managerList/items/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid4 = _errs71 === errors;
if(!valid4){
break;
}
}
}
else {
validate170.errors = [{instancePath:instancePath+"/chat/managerList",schemaPath:"contract#/$defs/Chat/properties/managerList/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid2 = _errs69 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.messageCount !== undefined){
let data35 = data2.messageCount;
const _errs73 = errors;
if(!(((typeof data35 == "number") && (!(data35 % 1) && !isNaN(data35))) && (isFinite(data35)))){
validate170.errors = [{instancePath:instancePath+"/chat/messageCount",schemaPath:"contract#/$defs/Chat/properties/messageCount/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid2 = _errs73 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.userCounter !== undefined){
let data36 = data2.userCounter;
const _errs75 = errors;
if(!(((typeof data36 == "number") && (!(data36 % 1) && !isNaN(data36))) && (isFinite(data36)))){
validate170.errors = [{instancePath:instancePath+"/chat/userCounter",schemaPath:"contract#/$defs/Chat/properties/userCounter/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid2 = _errs75 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.unreadId !== undefined){
let data37 = data2.unreadId;
const _errs77 = errors;
if((!(((typeof data37 == "number") && (!(data37 % 1) && !isNaN(data37))) && (isFinite(data37)))) && (data37 !== null)){
validate170.errors = [{instancePath:instancePath+"/chat/unreadId",schemaPath:"contract#/$defs/Chat/properties/unreadId/type",keyword:"type",params:{type: schema62.properties.unreadId.type},message:"must be integer,null"}];
return false;
}
var valid2 = _errs77 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.lastMessageViews !== undefined){
const _errs79 = errors;
if(typeof data2.lastMessageViews !== "string"){
validate170.errors = [{instancePath:instancePath+"/chat/lastMessageViews",schemaPath:"contract#/$defs/Chat/properties/lastMessageViews/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs79 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.markedId !== undefined){
let data39 = data2.markedId;
const _errs81 = errors;
if((!(((typeof data39 == "number") && (!(data39 % 1) && !isNaN(data39))) && (isFinite(data39)))) && (data39 !== null)){
validate170.errors = [{instancePath:instancePath+"/chat/markedId",schemaPath:"contract#/$defs/Chat/properties/markedId/type",keyword:"type",params:{type: schema62.properties.markedId.type},message:"must be integer,null"}];
return false;
}
var valid2 = _errs81 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.public !== undefined){
let data40 = data2.public;
const _errs83 = errors;
const _errs84 = errors;
let valid5 = false;
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
valid5 = true;
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
validate170.errors = vErrors;
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
var valid2 = _errs83 === errors;
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
validate170.errors = [{instancePath:instancePath+"/chat",schemaPath:"contract#/$defs/Chat/type",keyword:"type",params:{type: "object"},message:"must be object"}];
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
const _errs89 = errors;
if(!(validate28(data.user, {instancePath:instancePath+"/user",parentData:data,parentDataProperty:"user",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
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
validate170.errors = [{instancePath:instancePath+"/language",schemaPath:"contract#/$defs/ImbotV2EventLanguage/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate170.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate170.errors = vErrors;
return errors === 0;
}
validate170.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate169(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate169.evaluated;
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
validate169.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.eventId !== undefined){
let data0 = data.eventId;
const _errs1 = errors;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
validate169.errors = [{instancePath:instancePath+"/eventId",schemaPath:"#/properties/eventId/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs1){
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 < 1 || isNaN(data0)){
validate169.errors = [{instancePath:instancePath+"/eventId",schemaPath:"#/properties/eventId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
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
validate169.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if("ONIMBOTV2MESSAGEUPDATE" !== data1){
validate169.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "ONIMBOTV2MESSAGEUPDATE"},message:"must be equal to constant"}];
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
validate169.errors = [{instancePath:instancePath+"/date",schemaPath:"#/properties/date/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate169.errors = [{instancePath:instancePath+"/date",schemaPath:"#/properties/date/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
if(!(validate170(data.data, {instancePath:instancePath+"/data",parentData:data,parentDataProperty:"data",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate170.errors : vErrors.concat(validate170.errors);
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
validate169.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate169.errors = vErrors;
return errors === 0;
}
validate169.evaluated = {"props":{"eventId":true,"type":true,"date":true,"data":true},"dynamicProps":false,"dynamicItems":false};

const schema194 = {"type":"object","description":"ONIMBOTV2MESSAGEDELETE: A message in a chat of the bot was deleted; only its id is left. The page gives the field table but no example.","required":["eventId","type","date","data"],"properties":{"eventId":{"type":"integer","minimum":1,"description":"Queue id of the event; Event.get confirms ids below `offset`."},"type":{"type":"string","const":"ONIMBOTV2MESSAGEDELETE","description":"The event type."},"date":{"type":"string","format":"date-time","description":"When the event happened."},"data":{"$ref":"contract#/$defs/ImbotV2EventMessageDeleteData"}}};
const schema195 = {"type":"object","description":"`data` of ONIMBOTV2MESSAGEDELETE (V2/events/events.md). Extra properties are allowed: payloads carry fields the page does not list.","required":["bot","messageId","chat","user","language"],"additionalProperties":true,"properties":{"bot":{"$ref":"contract#/$defs/ImbotV2EventBot"},"messageId":{"$ref":"contract#/$defs/MessageId"},"chat":{"$ref":"contract#/$defs/Chat"},"user":{"$ref":"contract#/$defs/User"},"language":{"$ref":"contract#/$defs/ImbotV2EventLanguage"}},"example":{"bot":{"id":456,"code":"support_bot","type":"bot","isHidden":false,"isSupportOpenline":false,"isReactionsEnabled":true,"backgroundId":null,"language":"en","moduleId":"rest","eventMode":"fetch","countMessage":150,"countCommand":3,"countChat":12,"countUser":45},"messageId":789,"chat":{"id":5,"dialogId":"chat5","type":"chat","name":"Support Chat","entityType":"","owner":1,"avatar":"","color":"#ab7761"},"user":{"id":1,"active":true,"name":"John Smith","firstName":"John","lastName":"Smith","workPosition":"Developer","color":"#df532d","avatar":"","gender":"M","birthday":"","extranet":false,"bot":false,"connector":false,"externalAuthId":"default","status":"online","idle":false,"lastActivityDate":"2025-01-15T10:29:00+02:00","absent":false,"departments":[1],"phones":false,"type":"employee"},"language":"en"}};

function validate177(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate177.evaluated;
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
validate177.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.bot !== undefined){
const _errs3 = errors;
if(!(validate160(data.bot, {instancePath:instancePath+"/bot",parentData:data,parentDataProperty:"bot",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate160.errors : vErrors.concat(validate160.errors);
errors = vErrors.length;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.messageId !== undefined){
let data1 = data.messageId;
const _errs4 = errors;
const _errs5 = errors;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
validate177.errors = [{instancePath:instancePath+"/messageId",schemaPath:"contract#/$defs/MessageId/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs5){
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 < 1 || isNaN(data1)){
validate177.errors = [{instancePath:instancePath+"/messageId",schemaPath:"contract#/$defs/MessageId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
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
if(data.chat !== undefined){
let data2 = data.chat;
const _errs8 = errors;
const _errs9 = errors;
if(errors === _errs9){
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
let missing1;
if(((data2.id === undefined) && (missing1 = "id")) || ((data2.dialogId === undefined) && (missing1 = "dialogId"))){
validate177.errors = [{instancePath:instancePath+"/chat",schemaPath:"contract#/$defs/Chat/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data2.id !== undefined){
let data3 = data2.id;
const _errs12 = errors;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
validate177.errors = [{instancePath:instancePath+"/chat/id",schemaPath:"contract#/$defs/Chat/properties/id/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs12){
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 1 || isNaN(data3)){
validate177.errors = [{instancePath:instancePath+"/chat/id",schemaPath:"contract#/$defs/Chat/properties/id/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
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
if(data2.dialogId !== undefined){
const _errs14 = errors;
if(typeof data2.dialogId !== "string"){
validate177.errors = [{instancePath:instancePath+"/chat/dialogId",schemaPath:"contract#/$defs/Chat/properties/dialogId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs14 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.name !== undefined){
const _errs16 = errors;
if(typeof data2.name !== "string"){
validate177.errors = [{instancePath:instancePath+"/chat/name",schemaPath:"contract#/$defs/Chat/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs16 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.type !== undefined){
const _errs18 = errors;
if(typeof data2.type !== "string"){
validate177.errors = [{instancePath:instancePath+"/chat/type",schemaPath:"contract#/$defs/Chat/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs18 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.messageType !== undefined){
const _errs20 = errors;
if(typeof data2.messageType !== "string"){
validate177.errors = [{instancePath:instancePath+"/chat/messageType",schemaPath:"contract#/$defs/Chat/properties/messageType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs20 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.owner !== undefined){
let data8 = data2.owner;
const _errs22 = errors;
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
validate177.errors = [{instancePath:instancePath+"/chat/owner",schemaPath:"contract#/$defs/Chat/properties/owner/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid3 = _errs22 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.color !== undefined){
let data9 = data2.color;
const _errs24 = errors;
if((typeof data9 !== "string") && (data9 !== null)){
validate177.errors = [{instancePath:instancePath+"/chat/color",schemaPath:"contract#/$defs/Chat/properties/color/type",keyword:"type",params:{type: schema62.properties.color.type},message:"must be string,null"}];
return false;
}
var valid3 = _errs24 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.avatar !== undefined){
const _errs26 = errors;
if(typeof data2.avatar !== "string"){
validate177.errors = [{instancePath:instancePath+"/chat/avatar",schemaPath:"contract#/$defs/Chat/properties/avatar/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs26 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.description !== undefined){
const _errs28 = errors;
if(typeof data2.description !== "string"){
validate177.errors = [{instancePath:instancePath+"/chat/description",schemaPath:"contract#/$defs/Chat/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs28 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.extranet !== undefined){
const _errs30 = errors;
if(typeof data2.extranet !== "boolean"){
validate177.errors = [{instancePath:instancePath+"/chat/extranet",schemaPath:"contract#/$defs/Chat/properties/extranet/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid3 = _errs30 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.role !== undefined){
let data13 = data2.role;
const _errs32 = errors;
if(typeof data13 !== "string"){
validate177.errors = [{instancePath:instancePath+"/chat/role",schemaPath:"contract#/$defs/Chat/properties/role/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((((data13 === "owner") || (data13 === "manager")) || (data13 === "member")) || (data13 === "guest")) || (data13 === "none"))){
validate177.errors = [{instancePath:instancePath+"/chat/role",schemaPath:"contract#/$defs/Chat/properties/role/enum",keyword:"enum",params:{allowedValues: schema62.properties.role.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid3 = _errs32 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.containsCollaber !== undefined){
const _errs34 = errors;
if(typeof data2.containsCollaber !== "boolean"){
validate177.errors = [{instancePath:instancePath+"/chat/containsCollaber",schemaPath:"contract#/$defs/Chat/properties/containsCollaber/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid3 = _errs34 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.muteList !== undefined){
let data15 = data2.muteList;
const _errs36 = errors;
if(errors === _errs36){
if(Array.isArray(data15)){
var valid4 = true;
const len0 = data15.length;
for(let i0=0; i0<len0; i0++){
let data16 = data15[i0];
const _errs38 = errors;
if(!(((typeof data16 == "number") && (!(data16 % 1) && !isNaN(data16))) && (isFinite(data16)))){
validate177.errors = [{instancePath:instancePath+"/chat/muteList/" + i0,schemaPath:"contract#/$defs/Chat/properties/muteList/items/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid4 = _errs38 === errors;
if(!valid4){
break;
}
}
}
else {
validate177.errors = [{instancePath:instancePath+"/chat/muteList",schemaPath:"contract#/$defs/Chat/properties/muteList/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid3 = _errs36 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.entityType !== undefined){
const _errs40 = errors;
if(typeof data2.entityType !== "string"){
validate177.errors = [{instancePath:instancePath+"/chat/entityType",schemaPath:"contract#/$defs/Chat/properties/entityType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs40 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.entityId !== undefined){
const _errs42 = errors;
if(typeof data2.entityId !== "string"){
validate177.errors = [{instancePath:instancePath+"/chat/entityId",schemaPath:"contract#/$defs/Chat/properties/entityId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs42 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.entityData1 !== undefined){
const _errs44 = errors;
if(typeof data2.entityData1 !== "string"){
validate177.errors = [{instancePath:instancePath+"/chat/entityData1",schemaPath:"contract#/$defs/Chat/properties/entityData1/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs44 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.entityData2 !== undefined){
const _errs46 = errors;
if(typeof data2.entityData2 !== "string"){
validate177.errors = [{instancePath:instancePath+"/chat/entityData2",schemaPath:"contract#/$defs/Chat/properties/entityData2/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs46 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.entityData3 !== undefined){
const _errs48 = errors;
if(typeof data2.entityData3 !== "string"){
validate177.errors = [{instancePath:instancePath+"/chat/entityData3",schemaPath:"contract#/$defs/Chat/properties/entityData3/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs48 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.entityLink !== undefined){
let data22 = data2.entityLink;
const _errs50 = errors;
if(!(data22 && typeof data22 == "object" && !Array.isArray(data22))){
validate177.errors = [{instancePath:instancePath+"/chat/entityLink",schemaPath:"contract#/$defs/Chat/properties/entityLink/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
var valid3 = _errs50 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.diskFolderId !== undefined){
let data23 = data2.diskFolderId;
const _errs52 = errors;
if((!(((typeof data23 == "number") && (!(data23 % 1) && !isNaN(data23))) && (isFinite(data23)))) && (data23 !== null)){
validate177.errors = [{instancePath:instancePath+"/chat/diskFolderId",schemaPath:"contract#/$defs/Chat/properties/diskFolderId/type",keyword:"type",params:{type: schema62.properties.diskFolderId.type},message:"must be integer,null"}];
return false;
}
var valid3 = _errs52 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.permissions !== undefined){
let data24 = data2.permissions;
const _errs54 = errors;
if(!(data24 && typeof data24 == "object" && !Array.isArray(data24))){
validate177.errors = [{instancePath:instancePath+"/chat/permissions",schemaPath:"contract#/$defs/Chat/properties/permissions/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
var valid3 = _errs54 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.parentChatId !== undefined){
let data25 = data2.parentChatId;
const _errs56 = errors;
if((!(((typeof data25 == "number") && (!(data25 % 1) && !isNaN(data25))) && (isFinite(data25)))) && (data25 !== null)){
validate177.errors = [{instancePath:instancePath+"/chat/parentChatId",schemaPath:"contract#/$defs/Chat/properties/parentChatId/type",keyword:"type",params:{type: schema62.properties.parentChatId.type},message:"must be integer,null"}];
return false;
}
var valid3 = _errs56 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.parentMessageId !== undefined){
let data26 = data2.parentMessageId;
const _errs58 = errors;
if((!(((typeof data26 == "number") && (!(data26 % 1) && !isNaN(data26))) && (isFinite(data26)))) && (data26 !== null)){
validate177.errors = [{instancePath:instancePath+"/chat/parentMessageId",schemaPath:"contract#/$defs/Chat/properties/parentMessageId/type",keyword:"type",params:{type: schema62.properties.parentMessageId.type},message:"must be integer,null"}];
return false;
}
var valid3 = _errs58 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.isNew !== undefined){
const _errs60 = errors;
if(typeof data2.isNew !== "boolean"){
validate177.errors = [{instancePath:instancePath+"/chat/isNew",schemaPath:"contract#/$defs/Chat/properties/isNew/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid3 = _errs60 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.textFieldEnabled !== undefined){
let data28 = data2.textFieldEnabled;
const _errs62 = errors;
if(typeof data28 !== "string"){
validate177.errors = [{instancePath:instancePath+"/chat/textFieldEnabled",schemaPath:"contract#/$defs/Chat/properties/textFieldEnabled/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((data28 === "Y") || (data28 === "N"))){
validate177.errors = [{instancePath:instancePath+"/chat/textFieldEnabled",schemaPath:"contract#/$defs/Chat/properties/textFieldEnabled/enum",keyword:"enum",params:{allowedValues: schema62.properties.textFieldEnabled.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid3 = _errs62 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.backgroundId !== undefined){
let data29 = data2.backgroundId;
const _errs64 = errors;
if((typeof data29 !== "string") && (data29 !== null)){
validate177.errors = [{instancePath:instancePath+"/chat/backgroundId",schemaPath:"contract#/$defs/Chat/properties/backgroundId/type",keyword:"type",params:{type: schema62.properties.backgroundId.type},message:"must be string,null"}];
return false;
}
var valid3 = _errs64 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.dateCreate !== undefined){
let data30 = data2.dateCreate;
const _errs66 = errors;
if((typeof data30 !== "string") && (data30 !== null)){
validate177.errors = [{instancePath:instancePath+"/chat/dateCreate",schemaPath:"contract#/$defs/Chat/properties/dateCreate/type",keyword:"type",params:{type: schema62.properties.dateCreate.type},message:"must be string,null"}];
return false;
}
if(errors === _errs66){
if(errors === _errs66){
if(typeof data30 === "string"){
if(!(formats0(data30))){
validate177.errors = [{instancePath:instancePath+"/chat/dateCreate",schemaPath:"contract#/$defs/Chat/properties/dateCreate/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
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
if(data2.lastMessageId !== undefined){
let data31 = data2.lastMessageId;
const _errs68 = errors;
if((!(((typeof data31 == "number") && (!(data31 % 1) && !isNaN(data31))) && (isFinite(data31)))) && (data31 !== null)){
validate177.errors = [{instancePath:instancePath+"/chat/lastMessageId",schemaPath:"contract#/$defs/Chat/properties/lastMessageId/type",keyword:"type",params:{type: schema62.properties.lastMessageId.type},message:"must be integer,null"}];
return false;
}
var valid3 = _errs68 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.lastId !== undefined){
let data32 = data2.lastId;
const _errs70 = errors;
if((!(((typeof data32 == "number") && (!(data32 % 1) && !isNaN(data32))) && (isFinite(data32)))) && (data32 !== null)){
validate177.errors = [{instancePath:instancePath+"/chat/lastId",schemaPath:"contract#/$defs/Chat/properties/lastId/type",keyword:"type",params:{type: schema62.properties.lastId.type},message:"must be integer,null"}];
return false;
}
var valid3 = _errs70 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.managerList !== undefined){
let data33 = data2.managerList;
const _errs72 = errors;
if(errors === _errs72){
if(Array.isArray(data33)){
var valid5 = true;
const len1 = data33.length;
for(let i1=0; i1<len1; i1++){
let data34 = data33[i1];
const _errs74 = errors;
if(!(((typeof data34 == "number") && (!(data34 % 1) && !isNaN(data34))) && (isFinite(data34)))){
validate177.errors = [{instancePath:instancePath+"/chat/managerList/" + i1,schemaPath:"contract#/$defs/Chat/properties/managerList/items/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid5 = _errs74 === errors;
if(!valid5){
break;
}
}
}
else {
validate177.errors = [{instancePath:instancePath+"/chat/managerList",schemaPath:"contract#/$defs/Chat/properties/managerList/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid3 = _errs72 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.messageCount !== undefined){
let data35 = data2.messageCount;
const _errs76 = errors;
if(!(((typeof data35 == "number") && (!(data35 % 1) && !isNaN(data35))) && (isFinite(data35)))){
validate177.errors = [{instancePath:instancePath+"/chat/messageCount",schemaPath:"contract#/$defs/Chat/properties/messageCount/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid3 = _errs76 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.userCounter !== undefined){
let data36 = data2.userCounter;
const _errs78 = errors;
if(!(((typeof data36 == "number") && (!(data36 % 1) && !isNaN(data36))) && (isFinite(data36)))){
validate177.errors = [{instancePath:instancePath+"/chat/userCounter",schemaPath:"contract#/$defs/Chat/properties/userCounter/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid3 = _errs78 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.unreadId !== undefined){
let data37 = data2.unreadId;
const _errs80 = errors;
if((!(((typeof data37 == "number") && (!(data37 % 1) && !isNaN(data37))) && (isFinite(data37)))) && (data37 !== null)){
validate177.errors = [{instancePath:instancePath+"/chat/unreadId",schemaPath:"contract#/$defs/Chat/properties/unreadId/type",keyword:"type",params:{type: schema62.properties.unreadId.type},message:"must be integer,null"}];
return false;
}
var valid3 = _errs80 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.lastMessageViews !== undefined){
const _errs82 = errors;
if(typeof data2.lastMessageViews !== "string"){
validate177.errors = [{instancePath:instancePath+"/chat/lastMessageViews",schemaPath:"contract#/$defs/Chat/properties/lastMessageViews/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs82 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.markedId !== undefined){
let data39 = data2.markedId;
const _errs84 = errors;
if((!(((typeof data39 == "number") && (!(data39 % 1) && !isNaN(data39))) && (isFinite(data39)))) && (data39 !== null)){
validate177.errors = [{instancePath:instancePath+"/chat/markedId",schemaPath:"contract#/$defs/Chat/properties/markedId/type",keyword:"type",params:{type: schema62.properties.markedId.type},message:"must be integer,null"}];
return false;
}
var valid3 = _errs84 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.public !== undefined){
let data40 = data2.public;
const _errs86 = errors;
const _errs87 = errors;
let valid6 = false;
let passing0 = null;
const _errs88 = errors;
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
var _valid0 = _errs88 === errors;
if(_valid0){
valid6 = true;
passing0 = 0;
}
const _errs90 = errors;
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
validate177.errors = vErrors;
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
validate177.errors = [{instancePath:instancePath+"/chat",schemaPath:"contract#/$defs/Chat/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.user !== undefined){
const _errs92 = errors;
if(!(validate28(data.user, {instancePath:instancePath+"/user",parentData:data,parentDataProperty:"user",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
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
validate177.errors = [{instancePath:instancePath+"/language",schemaPath:"contract#/$defs/ImbotV2EventLanguage/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
else {
validate177.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate177.errors = vErrors;
return errors === 0;
}
validate177.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate176(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate176.evaluated;
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
validate176.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.eventId !== undefined){
let data0 = data.eventId;
const _errs1 = errors;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
validate176.errors = [{instancePath:instancePath+"/eventId",schemaPath:"#/properties/eventId/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs1){
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 < 1 || isNaN(data0)){
validate176.errors = [{instancePath:instancePath+"/eventId",schemaPath:"#/properties/eventId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
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
validate176.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if("ONIMBOTV2MESSAGEDELETE" !== data1){
validate176.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "ONIMBOTV2MESSAGEDELETE"},message:"must be equal to constant"}];
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
validate176.errors = [{instancePath:instancePath+"/date",schemaPath:"#/properties/date/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate176.errors = [{instancePath:instancePath+"/date",schemaPath:"#/properties/date/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
if(!(validate177(data.data, {instancePath:instancePath+"/data",parentData:data,parentDataProperty:"data",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate177.errors : vErrors.concat(validate177.errors);
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
validate176.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate176.errors = vErrors;
return errors === 0;
}
validate176.evaluated = {"props":{"eventId":true,"type":true,"date":true,"data":true},"dynamicProps":false,"dynamicItems":false};

const schema199 = {"type":"object","description":"ONIMBOTV2JOINCHAT: The bot was added to a chat; `user` is who added it.","required":["eventId","type","date","data"],"properties":{"eventId":{"type":"integer","minimum":1,"description":"Queue id of the event; Event.get confirms ids below `offset`."},"type":{"type":"string","const":"ONIMBOTV2JOINCHAT","description":"The event type."},"date":{"type":"string","format":"date-time","description":"When the event happened."},"data":{"$ref":"contract#/$defs/ImbotV2EventJoinChatData"}}};
const schema200 = {"type":"object","description":"`data` of ONIMBOTV2JOINCHAT (V2/events/events.md). Extra properties are allowed: payloads carry fields the page does not list.","required":["bot","dialogId","chat","user","language"],"additionalProperties":true,"properties":{"bot":{"$ref":"contract#/$defs/ImbotV2EventBot"},"dialogId":{"$ref":"contract#/$defs/DialogId"},"chat":{"$ref":"contract#/$defs/Chat"},"user":{"$ref":"contract#/$defs/User"},"language":{"$ref":"contract#/$defs/ImbotV2EventLanguage"}},"example":{"bot":{"id":456,"code":"support_bot","type":"bot","isHidden":false,"isSupportOpenline":false,"isReactionsEnabled":true,"backgroundId":null,"language":"en","moduleId":"rest","eventMode":"fetch","countMessage":150,"countCommand":3,"countChat":12,"countUser":45},"dialogId":"chat5","chat":{"id":5,"dialogId":"chat5","type":"chat","name":"Project Chat","entityType":"","owner":1,"avatar":"","color":"#ab7761"},"user":{"id":1,"active":true,"name":"John Smith","firstName":"John","lastName":"Smith","workPosition":"Developer","color":"#df532d","avatar":"","gender":"M","birthday":"","extranet":false,"bot":false,"connector":false,"externalAuthId":"default","status":"online","idle":false,"lastActivityDate":"2025-01-15T10:29:00+02:00","absent":false,"departments":[1],"phones":false,"type":"employee"},"language":"en"}};

function validate183(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate183.evaluated;
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
validate183.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.bot !== undefined){
const _errs3 = errors;
if(!(validate160(data.bot, {instancePath:instancePath+"/bot",parentData:data,parentDataProperty:"bot",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate160.errors : vErrors.concat(validate160.errors);
errors = vErrors.length;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.dialogId !== undefined){
let data1 = data.dialogId;
const _errs4 = errors;
const _errs5 = errors;
if(errors === _errs5){
if(typeof data1 === "string"){
if(!pattern4.test(data1)){
validate183.errors = [{instancePath:instancePath+"/dialogId",schemaPath:"contract#/$defs/DialogId/pattern",keyword:"pattern",params:{pattern: "^(chat[1-9][0-9]*|[1-9][0-9]*)$"},message:"must match pattern \""+"^(chat[1-9][0-9]*|[1-9][0-9]*)$"+"\""}];
return false;
}
}
else {
validate183.errors = [{instancePath:instancePath+"/dialogId",schemaPath:"contract#/$defs/DialogId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.chat !== undefined){
let data2 = data.chat;
const _errs8 = errors;
const _errs9 = errors;
if(errors === _errs9){
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
let missing1;
if(((data2.id === undefined) && (missing1 = "id")) || ((data2.dialogId === undefined) && (missing1 = "dialogId"))){
validate183.errors = [{instancePath:instancePath+"/chat",schemaPath:"contract#/$defs/Chat/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data2.id !== undefined){
let data3 = data2.id;
const _errs12 = errors;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
validate183.errors = [{instancePath:instancePath+"/chat/id",schemaPath:"contract#/$defs/Chat/properties/id/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs12){
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 1 || isNaN(data3)){
validate183.errors = [{instancePath:instancePath+"/chat/id",schemaPath:"contract#/$defs/Chat/properties/id/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
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
if(data2.dialogId !== undefined){
const _errs14 = errors;
if(typeof data2.dialogId !== "string"){
validate183.errors = [{instancePath:instancePath+"/chat/dialogId",schemaPath:"contract#/$defs/Chat/properties/dialogId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs14 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.name !== undefined){
const _errs16 = errors;
if(typeof data2.name !== "string"){
validate183.errors = [{instancePath:instancePath+"/chat/name",schemaPath:"contract#/$defs/Chat/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs16 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.type !== undefined){
const _errs18 = errors;
if(typeof data2.type !== "string"){
validate183.errors = [{instancePath:instancePath+"/chat/type",schemaPath:"contract#/$defs/Chat/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs18 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.messageType !== undefined){
const _errs20 = errors;
if(typeof data2.messageType !== "string"){
validate183.errors = [{instancePath:instancePath+"/chat/messageType",schemaPath:"contract#/$defs/Chat/properties/messageType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs20 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.owner !== undefined){
let data8 = data2.owner;
const _errs22 = errors;
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
validate183.errors = [{instancePath:instancePath+"/chat/owner",schemaPath:"contract#/$defs/Chat/properties/owner/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid3 = _errs22 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.color !== undefined){
let data9 = data2.color;
const _errs24 = errors;
if((typeof data9 !== "string") && (data9 !== null)){
validate183.errors = [{instancePath:instancePath+"/chat/color",schemaPath:"contract#/$defs/Chat/properties/color/type",keyword:"type",params:{type: schema62.properties.color.type},message:"must be string,null"}];
return false;
}
var valid3 = _errs24 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.avatar !== undefined){
const _errs26 = errors;
if(typeof data2.avatar !== "string"){
validate183.errors = [{instancePath:instancePath+"/chat/avatar",schemaPath:"contract#/$defs/Chat/properties/avatar/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs26 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.description !== undefined){
const _errs28 = errors;
if(typeof data2.description !== "string"){
validate183.errors = [{instancePath:instancePath+"/chat/description",schemaPath:"contract#/$defs/Chat/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs28 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.extranet !== undefined){
const _errs30 = errors;
if(typeof data2.extranet !== "boolean"){
validate183.errors = [{instancePath:instancePath+"/chat/extranet",schemaPath:"contract#/$defs/Chat/properties/extranet/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid3 = _errs30 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.role !== undefined){
let data13 = data2.role;
const _errs32 = errors;
if(typeof data13 !== "string"){
validate183.errors = [{instancePath:instancePath+"/chat/role",schemaPath:"contract#/$defs/Chat/properties/role/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((((data13 === "owner") || (data13 === "manager")) || (data13 === "member")) || (data13 === "guest")) || (data13 === "none"))){
validate183.errors = [{instancePath:instancePath+"/chat/role",schemaPath:"contract#/$defs/Chat/properties/role/enum",keyword:"enum",params:{allowedValues: schema62.properties.role.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid3 = _errs32 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.containsCollaber !== undefined){
const _errs34 = errors;
if(typeof data2.containsCollaber !== "boolean"){
validate183.errors = [{instancePath:instancePath+"/chat/containsCollaber",schemaPath:"contract#/$defs/Chat/properties/containsCollaber/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid3 = _errs34 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.muteList !== undefined){
let data15 = data2.muteList;
const _errs36 = errors;
if(errors === _errs36){
if(Array.isArray(data15)){
var valid4 = true;
const len0 = data15.length;
for(let i0=0; i0<len0; i0++){
let data16 = data15[i0];
const _errs38 = errors;
if(!(((typeof data16 == "number") && (!(data16 % 1) && !isNaN(data16))) && (isFinite(data16)))){
validate183.errors = [{instancePath:instancePath+"/chat/muteList/" + i0,schemaPath:"contract#/$defs/Chat/properties/muteList/items/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid4 = _errs38 === errors;
if(!valid4){
break;
}
}
}
else {
validate183.errors = [{instancePath:instancePath+"/chat/muteList",schemaPath:"contract#/$defs/Chat/properties/muteList/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid3 = _errs36 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.entityType !== undefined){
const _errs40 = errors;
if(typeof data2.entityType !== "string"){
validate183.errors = [{instancePath:instancePath+"/chat/entityType",schemaPath:"contract#/$defs/Chat/properties/entityType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs40 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.entityId !== undefined){
const _errs42 = errors;
if(typeof data2.entityId !== "string"){
validate183.errors = [{instancePath:instancePath+"/chat/entityId",schemaPath:"contract#/$defs/Chat/properties/entityId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs42 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.entityData1 !== undefined){
const _errs44 = errors;
if(typeof data2.entityData1 !== "string"){
validate183.errors = [{instancePath:instancePath+"/chat/entityData1",schemaPath:"contract#/$defs/Chat/properties/entityData1/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs44 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.entityData2 !== undefined){
const _errs46 = errors;
if(typeof data2.entityData2 !== "string"){
validate183.errors = [{instancePath:instancePath+"/chat/entityData2",schemaPath:"contract#/$defs/Chat/properties/entityData2/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs46 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.entityData3 !== undefined){
const _errs48 = errors;
if(typeof data2.entityData3 !== "string"){
validate183.errors = [{instancePath:instancePath+"/chat/entityData3",schemaPath:"contract#/$defs/Chat/properties/entityData3/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs48 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.entityLink !== undefined){
let data22 = data2.entityLink;
const _errs50 = errors;
if(!(data22 && typeof data22 == "object" && !Array.isArray(data22))){
validate183.errors = [{instancePath:instancePath+"/chat/entityLink",schemaPath:"contract#/$defs/Chat/properties/entityLink/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
var valid3 = _errs50 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.diskFolderId !== undefined){
let data23 = data2.diskFolderId;
const _errs52 = errors;
if((!(((typeof data23 == "number") && (!(data23 % 1) && !isNaN(data23))) && (isFinite(data23)))) && (data23 !== null)){
validate183.errors = [{instancePath:instancePath+"/chat/diskFolderId",schemaPath:"contract#/$defs/Chat/properties/diskFolderId/type",keyword:"type",params:{type: schema62.properties.diskFolderId.type},message:"must be integer,null"}];
return false;
}
var valid3 = _errs52 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.permissions !== undefined){
let data24 = data2.permissions;
const _errs54 = errors;
if(!(data24 && typeof data24 == "object" && !Array.isArray(data24))){
validate183.errors = [{instancePath:instancePath+"/chat/permissions",schemaPath:"contract#/$defs/Chat/properties/permissions/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
var valid3 = _errs54 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.parentChatId !== undefined){
let data25 = data2.parentChatId;
const _errs56 = errors;
if((!(((typeof data25 == "number") && (!(data25 % 1) && !isNaN(data25))) && (isFinite(data25)))) && (data25 !== null)){
validate183.errors = [{instancePath:instancePath+"/chat/parentChatId",schemaPath:"contract#/$defs/Chat/properties/parentChatId/type",keyword:"type",params:{type: schema62.properties.parentChatId.type},message:"must be integer,null"}];
return false;
}
var valid3 = _errs56 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.parentMessageId !== undefined){
let data26 = data2.parentMessageId;
const _errs58 = errors;
if((!(((typeof data26 == "number") && (!(data26 % 1) && !isNaN(data26))) && (isFinite(data26)))) && (data26 !== null)){
validate183.errors = [{instancePath:instancePath+"/chat/parentMessageId",schemaPath:"contract#/$defs/Chat/properties/parentMessageId/type",keyword:"type",params:{type: schema62.properties.parentMessageId.type},message:"must be integer,null"}];
return false;
}
var valid3 = _errs58 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.isNew !== undefined){
const _errs60 = errors;
if(typeof data2.isNew !== "boolean"){
validate183.errors = [{instancePath:instancePath+"/chat/isNew",schemaPath:"contract#/$defs/Chat/properties/isNew/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid3 = _errs60 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.textFieldEnabled !== undefined){
let data28 = data2.textFieldEnabled;
const _errs62 = errors;
if(typeof data28 !== "string"){
validate183.errors = [{instancePath:instancePath+"/chat/textFieldEnabled",schemaPath:"contract#/$defs/Chat/properties/textFieldEnabled/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((data28 === "Y") || (data28 === "N"))){
validate183.errors = [{instancePath:instancePath+"/chat/textFieldEnabled",schemaPath:"contract#/$defs/Chat/properties/textFieldEnabled/enum",keyword:"enum",params:{allowedValues: schema62.properties.textFieldEnabled.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid3 = _errs62 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.backgroundId !== undefined){
let data29 = data2.backgroundId;
const _errs64 = errors;
if((typeof data29 !== "string") && (data29 !== null)){
validate183.errors = [{instancePath:instancePath+"/chat/backgroundId",schemaPath:"contract#/$defs/Chat/properties/backgroundId/type",keyword:"type",params:{type: schema62.properties.backgroundId.type},message:"must be string,null"}];
return false;
}
var valid3 = _errs64 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.dateCreate !== undefined){
let data30 = data2.dateCreate;
const _errs66 = errors;
if((typeof data30 !== "string") && (data30 !== null)){
validate183.errors = [{instancePath:instancePath+"/chat/dateCreate",schemaPath:"contract#/$defs/Chat/properties/dateCreate/type",keyword:"type",params:{type: schema62.properties.dateCreate.type},message:"must be string,null"}];
return false;
}
if(errors === _errs66){
if(errors === _errs66){
if(typeof data30 === "string"){
if(!(formats0(data30))){
validate183.errors = [{instancePath:instancePath+"/chat/dateCreate",schemaPath:"contract#/$defs/Chat/properties/dateCreate/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
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
if(data2.lastMessageId !== undefined){
let data31 = data2.lastMessageId;
const _errs68 = errors;
if((!(((typeof data31 == "number") && (!(data31 % 1) && !isNaN(data31))) && (isFinite(data31)))) && (data31 !== null)){
validate183.errors = [{instancePath:instancePath+"/chat/lastMessageId",schemaPath:"contract#/$defs/Chat/properties/lastMessageId/type",keyword:"type",params:{type: schema62.properties.lastMessageId.type},message:"must be integer,null"}];
return false;
}
var valid3 = _errs68 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.lastId !== undefined){
let data32 = data2.lastId;
const _errs70 = errors;
if((!(((typeof data32 == "number") && (!(data32 % 1) && !isNaN(data32))) && (isFinite(data32)))) && (data32 !== null)){
validate183.errors = [{instancePath:instancePath+"/chat/lastId",schemaPath:"contract#/$defs/Chat/properties/lastId/type",keyword:"type",params:{type: schema62.properties.lastId.type},message:"must be integer,null"}];
return false;
}
var valid3 = _errs70 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.managerList !== undefined){
let data33 = data2.managerList;
const _errs72 = errors;
if(errors === _errs72){
if(Array.isArray(data33)){
var valid5 = true;
const len1 = data33.length;
for(let i1=0; i1<len1; i1++){
let data34 = data33[i1];
const _errs74 = errors;
if(!(((typeof data34 == "number") && (!(data34 % 1) && !isNaN(data34))) && (isFinite(data34)))){
validate183.errors = [{instancePath:instancePath+"/chat/managerList/" + i1,schemaPath:"contract#/$defs/Chat/properties/managerList/items/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid5 = _errs74 === errors;
if(!valid5){
break;
}
}
}
else {
validate183.errors = [{instancePath:instancePath+"/chat/managerList",schemaPath:"contract#/$defs/Chat/properties/managerList/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid3 = _errs72 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.messageCount !== undefined){
let data35 = data2.messageCount;
const _errs76 = errors;
if(!(((typeof data35 == "number") && (!(data35 % 1) && !isNaN(data35))) && (isFinite(data35)))){
validate183.errors = [{instancePath:instancePath+"/chat/messageCount",schemaPath:"contract#/$defs/Chat/properties/messageCount/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid3 = _errs76 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.userCounter !== undefined){
let data36 = data2.userCounter;
const _errs78 = errors;
if(!(((typeof data36 == "number") && (!(data36 % 1) && !isNaN(data36))) && (isFinite(data36)))){
validate183.errors = [{instancePath:instancePath+"/chat/userCounter",schemaPath:"contract#/$defs/Chat/properties/userCounter/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid3 = _errs78 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.unreadId !== undefined){
let data37 = data2.unreadId;
const _errs80 = errors;
if((!(((typeof data37 == "number") && (!(data37 % 1) && !isNaN(data37))) && (isFinite(data37)))) && (data37 !== null)){
validate183.errors = [{instancePath:instancePath+"/chat/unreadId",schemaPath:"contract#/$defs/Chat/properties/unreadId/type",keyword:"type",params:{type: schema62.properties.unreadId.type},message:"must be integer,null"}];
return false;
}
var valid3 = _errs80 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.lastMessageViews !== undefined){
const _errs82 = errors;
if(typeof data2.lastMessageViews !== "string"){
validate183.errors = [{instancePath:instancePath+"/chat/lastMessageViews",schemaPath:"contract#/$defs/Chat/properties/lastMessageViews/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs82 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.markedId !== undefined){
let data39 = data2.markedId;
const _errs84 = errors;
if((!(((typeof data39 == "number") && (!(data39 % 1) && !isNaN(data39))) && (isFinite(data39)))) && (data39 !== null)){
validate183.errors = [{instancePath:instancePath+"/chat/markedId",schemaPath:"contract#/$defs/Chat/properties/markedId/type",keyword:"type",params:{type: schema62.properties.markedId.type},message:"must be integer,null"}];
return false;
}
var valid3 = _errs84 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.public !== undefined){
let data40 = data2.public;
const _errs86 = errors;
const _errs87 = errors;
let valid6 = false;
let passing0 = null;
const _errs88 = errors;
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
var _valid0 = _errs88 === errors;
if(_valid0){
valid6 = true;
passing0 = 0;
}
const _errs90 = errors;
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
validate183.errors = vErrors;
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
validate183.errors = [{instancePath:instancePath+"/chat",schemaPath:"contract#/$defs/Chat/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.user !== undefined){
const _errs92 = errors;
if(!(validate28(data.user, {instancePath:instancePath+"/user",parentData:data,parentDataProperty:"user",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
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
validate183.errors = [{instancePath:instancePath+"/language",schemaPath:"contract#/$defs/ImbotV2EventLanguage/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
else {
validate183.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate183.errors = vErrors;
return errors === 0;
}
validate183.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate182(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate182.evaluated;
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
validate182.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.eventId !== undefined){
let data0 = data.eventId;
const _errs1 = errors;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
validate182.errors = [{instancePath:instancePath+"/eventId",schemaPath:"#/properties/eventId/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs1){
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 < 1 || isNaN(data0)){
validate182.errors = [{instancePath:instancePath+"/eventId",schemaPath:"#/properties/eventId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
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
validate182.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if("ONIMBOTV2JOINCHAT" !== data1){
validate182.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "ONIMBOTV2JOINCHAT"},message:"must be equal to constant"}];
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
validate182.errors = [{instancePath:instancePath+"/date",schemaPath:"#/properties/date/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate182.errors = [{instancePath:instancePath+"/date",schemaPath:"#/properties/date/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
if(!(validate183(data.data, {instancePath:instancePath+"/data",parentData:data,parentDataProperty:"data",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate183.errors : vErrors.concat(validate183.errors);
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
validate182.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate182.errors = vErrors;
return errors === 0;
}
validate182.evaluated = {"props":{"eventId":true,"type":true,"date":true,"data":true},"dynamicProps":false,"dynamicItems":false};

const schema204 = {"type":"object","description":"ONIMBOTV2COMMANDADD: A user invoked a command of the bot. A message with several commands gives one event per command. Answer with Command.answer.","required":["eventId","type","date","data"],"properties":{"eventId":{"type":"integer","minimum":1,"description":"Queue id of the event; Event.get confirms ids below `offset`."},"type":{"type":"string","const":"ONIMBOTV2COMMANDADD","description":"The event type."},"date":{"type":"string","format":"date-time","description":"When the event happened."},"data":{"$ref":"contract#/$defs/ImbotV2EventCommandAddData"}}};
const schema205 = {"type":"object","description":"`data` of ONIMBOTV2COMMANDADD (V2/events/events.md). Extra properties are allowed: payloads carry fields the page does not list.","required":["bot","command","message","chat","user","language"],"additionalProperties":true,"properties":{"bot":{"$ref":"contract#/$defs/ImbotV2EventBot"},"command":{"$ref":"contract#/$defs/ImbotV2EventCommand"},"message":{"$ref":"contract#/$defs/Message"},"chat":{"$ref":"contract#/$defs/Chat"},"user":{"$ref":"contract#/$defs/User"},"language":{"$ref":"contract#/$defs/ImbotV2EventLanguage"}},"example":{"bot":{"id":456,"code":"support_bot","type":"bot","isHidden":false,"isSupportOpenline":false,"isReactionsEnabled":true,"backgroundId":null,"language":"en","moduleId":"rest","eventMode":"fetch","countMessage":150,"countCommand":3,"countChat":12,"countUser":45},"command":{"id":78,"command":"/help","params":"topic","context":"textarea"},"message":{"id":790,"chatId":5,"authorId":1,"date":"2025-01-15T10:30:00+02:00","text":"/help topic","isSystem":false,"uuid":"","forward":null,"params":{},"viewedByOthers":false},"chat":{"id":5,"dialogId":"chat5","type":"chat","name":"Support Chat","entityType":"","owner":1,"avatar":"","color":"#ab7761"},"user":{"id":1,"active":true,"name":"John Smith","firstName":"John","lastName":"Smith","workPosition":"Developer","color":"#df532d","avatar":"","gender":"M","birthday":"","extranet":false,"bot":false,"connector":false,"externalAuthId":"default","status":"online","idle":false,"lastActivityDate":"2025-01-15T10:29:00+02:00","absent":false,"departments":[1],"phones":false,"type":"employee"},"language":"en"}};
const schema206 = {"type":"object","required":["id","command"],"additionalProperties":true,"description":"The command a user invoked (ONIMBOTV2COMMANDADD).","properties":{"id":{"$ref":"contract#/$defs/CommandId"},"command":{"type":"string","description":"The command with its slash, e.g. /help."},"params":{"type":"string","description":"Text after the command."},"context":{"type":"string","enum":["textarea","keyboard","menu"],"description":"How it was invoked: typed, a keyboard button, or the context menu."}}};

function validate191(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate191.evaluated;
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
validate191.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.id !== undefined){
let data0 = data.id;
const _errs2 = errors;
const _errs3 = errors;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
validate191.errors = [{instancePath:instancePath+"/id",schemaPath:"contract#/$defs/CommandId/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs3){
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 < 1 || isNaN(data0)){
validate191.errors = [{instancePath:instancePath+"/id",schemaPath:"contract#/$defs/CommandId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
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
const _errs6 = errors;
if(typeof data.command !== "string"){
validate191.errors = [{instancePath:instancePath+"/command",schemaPath:"#/properties/command/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.params !== undefined){
const _errs8 = errors;
if(typeof data.params !== "string"){
validate191.errors = [{instancePath:instancePath+"/params",schemaPath:"#/properties/params/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.context !== undefined){
let data3 = data.context;
const _errs10 = errors;
if(typeof data3 !== "string"){
validate191.errors = [{instancePath:instancePath+"/context",schemaPath:"#/properties/context/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((data3 === "textarea") || (data3 === "keyboard")) || (data3 === "menu"))){
validate191.errors = [{instancePath:instancePath+"/context",schemaPath:"#/properties/context/enum",keyword:"enum",params:{allowedValues: schema206.properties.context.enum},message:"must be equal to one of the allowed values"}];
return false;
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
validate191.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate191.errors = vErrors;
return errors === 0;
}
validate191.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate189(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate189.evaluated;
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
validate189.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.bot !== undefined){
const _errs3 = errors;
if(!(validate160(data.bot, {instancePath:instancePath+"/bot",parentData:data,parentDataProperty:"bot",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate160.errors : vErrors.concat(validate160.errors);
errors = vErrors.length;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.command !== undefined){
const _errs4 = errors;
if(!(validate191(data.command, {instancePath:instancePath+"/command",parentData:data,parentDataProperty:"command",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate191.errors : vErrors.concat(validate191.errors);
errors = vErrors.length;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.message !== undefined){
const _errs5 = errors;
if(!(validate107(data.message, {instancePath:instancePath+"/message",parentData:data,parentDataProperty:"message",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate107.errors : vErrors.concat(validate107.errors);
errors = vErrors.length;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.chat !== undefined){
let data3 = data.chat;
const _errs6 = errors;
const _errs7 = errors;
if(errors === _errs7){
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
let missing1;
if(((data3.id === undefined) && (missing1 = "id")) || ((data3.dialogId === undefined) && (missing1 = "dialogId"))){
validate189.errors = [{instancePath:instancePath+"/chat",schemaPath:"contract#/$defs/Chat/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data3.id !== undefined){
let data4 = data3.id;
const _errs10 = errors;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
validate189.errors = [{instancePath:instancePath+"/chat/id",schemaPath:"contract#/$defs/Chat/properties/id/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs10){
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 < 1 || isNaN(data4)){
validate189.errors = [{instancePath:instancePath+"/chat/id",schemaPath:"contract#/$defs/Chat/properties/id/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
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
if(data3.dialogId !== undefined){
const _errs12 = errors;
if(typeof data3.dialogId !== "string"){
validate189.errors = [{instancePath:instancePath+"/chat/dialogId",schemaPath:"contract#/$defs/Chat/properties/dialogId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs12 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data3.name !== undefined){
const _errs14 = errors;
if(typeof data3.name !== "string"){
validate189.errors = [{instancePath:instancePath+"/chat/name",schemaPath:"contract#/$defs/Chat/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs14 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data3.type !== undefined){
const _errs16 = errors;
if(typeof data3.type !== "string"){
validate189.errors = [{instancePath:instancePath+"/chat/type",schemaPath:"contract#/$defs/Chat/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs16 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data3.messageType !== undefined){
const _errs18 = errors;
if(typeof data3.messageType !== "string"){
validate189.errors = [{instancePath:instancePath+"/chat/messageType",schemaPath:"contract#/$defs/Chat/properties/messageType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs18 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data3.owner !== undefined){
let data9 = data3.owner;
const _errs20 = errors;
if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
validate189.errors = [{instancePath:instancePath+"/chat/owner",schemaPath:"contract#/$defs/Chat/properties/owner/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid2 = _errs20 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data3.color !== undefined){
let data10 = data3.color;
const _errs22 = errors;
if((typeof data10 !== "string") && (data10 !== null)){
validate189.errors = [{instancePath:instancePath+"/chat/color",schemaPath:"contract#/$defs/Chat/properties/color/type",keyword:"type",params:{type: schema62.properties.color.type},message:"must be string,null"}];
return false;
}
var valid2 = _errs22 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data3.avatar !== undefined){
const _errs24 = errors;
if(typeof data3.avatar !== "string"){
validate189.errors = [{instancePath:instancePath+"/chat/avatar",schemaPath:"contract#/$defs/Chat/properties/avatar/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs24 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data3.description !== undefined){
const _errs26 = errors;
if(typeof data3.description !== "string"){
validate189.errors = [{instancePath:instancePath+"/chat/description",schemaPath:"contract#/$defs/Chat/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs26 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data3.extranet !== undefined){
const _errs28 = errors;
if(typeof data3.extranet !== "boolean"){
validate189.errors = [{instancePath:instancePath+"/chat/extranet",schemaPath:"contract#/$defs/Chat/properties/extranet/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid2 = _errs28 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data3.role !== undefined){
let data14 = data3.role;
const _errs30 = errors;
if(typeof data14 !== "string"){
validate189.errors = [{instancePath:instancePath+"/chat/role",schemaPath:"contract#/$defs/Chat/properties/role/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((((data14 === "owner") || (data14 === "manager")) || (data14 === "member")) || (data14 === "guest")) || (data14 === "none"))){
validate189.errors = [{instancePath:instancePath+"/chat/role",schemaPath:"contract#/$defs/Chat/properties/role/enum",keyword:"enum",params:{allowedValues: schema62.properties.role.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid2 = _errs30 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data3.containsCollaber !== undefined){
const _errs32 = errors;
if(typeof data3.containsCollaber !== "boolean"){
validate189.errors = [{instancePath:instancePath+"/chat/containsCollaber",schemaPath:"contract#/$defs/Chat/properties/containsCollaber/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid2 = _errs32 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data3.muteList !== undefined){
let data16 = data3.muteList;
const _errs34 = errors;
if(errors === _errs34){
if(Array.isArray(data16)){
var valid3 = true;
const len0 = data16.length;
for(let i0=0; i0<len0; i0++){
let data17 = data16[i0];
const _errs36 = errors;
if(!(((typeof data17 == "number") && (!(data17 % 1) && !isNaN(data17))) && (isFinite(data17)))){
validate189.errors = [{instancePath:instancePath+"/chat/muteList/" + i0,schemaPath:"contract#/$defs/Chat/properties/muteList/items/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid3 = _errs36 === errors;
if(!valid3){
break;
}
}
}
else {
validate189.errors = [{instancePath:instancePath+"/chat/muteList",schemaPath:"contract#/$defs/Chat/properties/muteList/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid2 = _errs34 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data3.entityType !== undefined){
const _errs38 = errors;
if(typeof data3.entityType !== "string"){
validate189.errors = [{instancePath:instancePath+"/chat/entityType",schemaPath:"contract#/$defs/Chat/properties/entityType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs38 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data3.entityId !== undefined){
const _errs40 = errors;
if(typeof data3.entityId !== "string"){
validate189.errors = [{instancePath:instancePath+"/chat/entityId",schemaPath:"contract#/$defs/Chat/properties/entityId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs40 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data3.entityData1 !== undefined){
const _errs42 = errors;
if(typeof data3.entityData1 !== "string"){
validate189.errors = [{instancePath:instancePath+"/chat/entityData1",schemaPath:"contract#/$defs/Chat/properties/entityData1/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs42 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data3.entityData2 !== undefined){
const _errs44 = errors;
if(typeof data3.entityData2 !== "string"){
validate189.errors = [{instancePath:instancePath+"/chat/entityData2",schemaPath:"contract#/$defs/Chat/properties/entityData2/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs44 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data3.entityData3 !== undefined){
const _errs46 = errors;
if(typeof data3.entityData3 !== "string"){
validate189.errors = [{instancePath:instancePath+"/chat/entityData3",schemaPath:"contract#/$defs/Chat/properties/entityData3/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs46 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data3.entityLink !== undefined){
let data23 = data3.entityLink;
const _errs48 = errors;
if(!(data23 && typeof data23 == "object" && !Array.isArray(data23))){
validate189.errors = [{instancePath:instancePath+"/chat/entityLink",schemaPath:"contract#/$defs/Chat/properties/entityLink/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
var valid2 = _errs48 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data3.diskFolderId !== undefined){
let data24 = data3.diskFolderId;
const _errs50 = errors;
if((!(((typeof data24 == "number") && (!(data24 % 1) && !isNaN(data24))) && (isFinite(data24)))) && (data24 !== null)){
validate189.errors = [{instancePath:instancePath+"/chat/diskFolderId",schemaPath:"contract#/$defs/Chat/properties/diskFolderId/type",keyword:"type",params:{type: schema62.properties.diskFolderId.type},message:"must be integer,null"}];
return false;
}
var valid2 = _errs50 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data3.permissions !== undefined){
let data25 = data3.permissions;
const _errs52 = errors;
if(!(data25 && typeof data25 == "object" && !Array.isArray(data25))){
validate189.errors = [{instancePath:instancePath+"/chat/permissions",schemaPath:"contract#/$defs/Chat/properties/permissions/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
var valid2 = _errs52 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data3.parentChatId !== undefined){
let data26 = data3.parentChatId;
const _errs54 = errors;
if((!(((typeof data26 == "number") && (!(data26 % 1) && !isNaN(data26))) && (isFinite(data26)))) && (data26 !== null)){
validate189.errors = [{instancePath:instancePath+"/chat/parentChatId",schemaPath:"contract#/$defs/Chat/properties/parentChatId/type",keyword:"type",params:{type: schema62.properties.parentChatId.type},message:"must be integer,null"}];
return false;
}
var valid2 = _errs54 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data3.parentMessageId !== undefined){
let data27 = data3.parentMessageId;
const _errs56 = errors;
if((!(((typeof data27 == "number") && (!(data27 % 1) && !isNaN(data27))) && (isFinite(data27)))) && (data27 !== null)){
validate189.errors = [{instancePath:instancePath+"/chat/parentMessageId",schemaPath:"contract#/$defs/Chat/properties/parentMessageId/type",keyword:"type",params:{type: schema62.properties.parentMessageId.type},message:"must be integer,null"}];
return false;
}
var valid2 = _errs56 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data3.isNew !== undefined){
const _errs58 = errors;
if(typeof data3.isNew !== "boolean"){
validate189.errors = [{instancePath:instancePath+"/chat/isNew",schemaPath:"contract#/$defs/Chat/properties/isNew/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid2 = _errs58 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data3.textFieldEnabled !== undefined){
let data29 = data3.textFieldEnabled;
const _errs60 = errors;
if(typeof data29 !== "string"){
validate189.errors = [{instancePath:instancePath+"/chat/textFieldEnabled",schemaPath:"contract#/$defs/Chat/properties/textFieldEnabled/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((data29 === "Y") || (data29 === "N"))){
validate189.errors = [{instancePath:instancePath+"/chat/textFieldEnabled",schemaPath:"contract#/$defs/Chat/properties/textFieldEnabled/enum",keyword:"enum",params:{allowedValues: schema62.properties.textFieldEnabled.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid2 = _errs60 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data3.backgroundId !== undefined){
let data30 = data3.backgroundId;
const _errs62 = errors;
if((typeof data30 !== "string") && (data30 !== null)){
validate189.errors = [{instancePath:instancePath+"/chat/backgroundId",schemaPath:"contract#/$defs/Chat/properties/backgroundId/type",keyword:"type",params:{type: schema62.properties.backgroundId.type},message:"must be string,null"}];
return false;
}
var valid2 = _errs62 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data3.dateCreate !== undefined){
let data31 = data3.dateCreate;
const _errs64 = errors;
if((typeof data31 !== "string") && (data31 !== null)){
validate189.errors = [{instancePath:instancePath+"/chat/dateCreate",schemaPath:"contract#/$defs/Chat/properties/dateCreate/type",keyword:"type",params:{type: schema62.properties.dateCreate.type},message:"must be string,null"}];
return false;
}
if(errors === _errs64){
if(errors === _errs64){
if(typeof data31 === "string"){
if(!(formats0(data31))){
validate189.errors = [{instancePath:instancePath+"/chat/dateCreate",schemaPath:"contract#/$defs/Chat/properties/dateCreate/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
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
if(data3.lastMessageId !== undefined){
let data32 = data3.lastMessageId;
const _errs66 = errors;
if((!(((typeof data32 == "number") && (!(data32 % 1) && !isNaN(data32))) && (isFinite(data32)))) && (data32 !== null)){
validate189.errors = [{instancePath:instancePath+"/chat/lastMessageId",schemaPath:"contract#/$defs/Chat/properties/lastMessageId/type",keyword:"type",params:{type: schema62.properties.lastMessageId.type},message:"must be integer,null"}];
return false;
}
var valid2 = _errs66 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data3.lastId !== undefined){
let data33 = data3.lastId;
const _errs68 = errors;
if((!(((typeof data33 == "number") && (!(data33 % 1) && !isNaN(data33))) && (isFinite(data33)))) && (data33 !== null)){
validate189.errors = [{instancePath:instancePath+"/chat/lastId",schemaPath:"contract#/$defs/Chat/properties/lastId/type",keyword:"type",params:{type: schema62.properties.lastId.type},message:"must be integer,null"}];
return false;
}
var valid2 = _errs68 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data3.managerList !== undefined){
let data34 = data3.managerList;
const _errs70 = errors;
if(errors === _errs70){
if(Array.isArray(data34)){
var valid4 = true;
const len1 = data34.length;
for(let i1=0; i1<len1; i1++){
let data35 = data34[i1];
const _errs72 = errors;
if(!(((typeof data35 == "number") && (!(data35 % 1) && !isNaN(data35))) && (isFinite(data35)))){
validate189.errors = [{instancePath:instancePath+"/chat/managerList/" + i1,schemaPath:"contract#/$defs/Chat/properties/managerList/items/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid4 = _errs72 === errors;
if(!valid4){
break;
}
}
}
else {
validate189.errors = [{instancePath:instancePath+"/chat/managerList",schemaPath:"contract#/$defs/Chat/properties/managerList/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid2 = _errs70 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data3.messageCount !== undefined){
let data36 = data3.messageCount;
const _errs74 = errors;
if(!(((typeof data36 == "number") && (!(data36 % 1) && !isNaN(data36))) && (isFinite(data36)))){
validate189.errors = [{instancePath:instancePath+"/chat/messageCount",schemaPath:"contract#/$defs/Chat/properties/messageCount/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid2 = _errs74 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data3.userCounter !== undefined){
let data37 = data3.userCounter;
const _errs76 = errors;
if(!(((typeof data37 == "number") && (!(data37 % 1) && !isNaN(data37))) && (isFinite(data37)))){
validate189.errors = [{instancePath:instancePath+"/chat/userCounter",schemaPath:"contract#/$defs/Chat/properties/userCounter/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid2 = _errs76 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data3.unreadId !== undefined){
let data38 = data3.unreadId;
const _errs78 = errors;
if((!(((typeof data38 == "number") && (!(data38 % 1) && !isNaN(data38))) && (isFinite(data38)))) && (data38 !== null)){
validate189.errors = [{instancePath:instancePath+"/chat/unreadId",schemaPath:"contract#/$defs/Chat/properties/unreadId/type",keyword:"type",params:{type: schema62.properties.unreadId.type},message:"must be integer,null"}];
return false;
}
var valid2 = _errs78 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data3.lastMessageViews !== undefined){
const _errs80 = errors;
if(typeof data3.lastMessageViews !== "string"){
validate189.errors = [{instancePath:instancePath+"/chat/lastMessageViews",schemaPath:"contract#/$defs/Chat/properties/lastMessageViews/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs80 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data3.markedId !== undefined){
let data40 = data3.markedId;
const _errs82 = errors;
if((!(((typeof data40 == "number") && (!(data40 % 1) && !isNaN(data40))) && (isFinite(data40)))) && (data40 !== null)){
validate189.errors = [{instancePath:instancePath+"/chat/markedId",schemaPath:"contract#/$defs/Chat/properties/markedId/type",keyword:"type",params:{type: schema62.properties.markedId.type},message:"must be integer,null"}];
return false;
}
var valid2 = _errs82 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data3.public !== undefined){
let data41 = data3.public;
const _errs84 = errors;
const _errs85 = errors;
let valid5 = false;
let passing0 = null;
const _errs86 = errors;
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
var _valid0 = _errs86 === errors;
if(_valid0){
valid5 = true;
passing0 = 0;
}
const _errs88 = errors;
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
validate189.errors = vErrors;
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
validate189.errors = [{instancePath:instancePath+"/chat",schemaPath:"contract#/$defs/Chat/type",keyword:"type",params:{type: "object"},message:"must be object"}];
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
const _errs90 = errors;
if(!(validate28(data.user, {instancePath:instancePath+"/user",parentData:data,parentDataProperty:"user",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
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
validate189.errors = [{instancePath:instancePath+"/language",schemaPath:"contract#/$defs/ImbotV2EventLanguage/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
else {
validate189.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate189.errors = vErrors;
return errors === 0;
}
validate189.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate188(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate188.evaluated;
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
validate188.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.eventId !== undefined){
let data0 = data.eventId;
const _errs1 = errors;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
validate188.errors = [{instancePath:instancePath+"/eventId",schemaPath:"#/properties/eventId/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs1){
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 < 1 || isNaN(data0)){
validate188.errors = [{instancePath:instancePath+"/eventId",schemaPath:"#/properties/eventId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
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
validate188.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if("ONIMBOTV2COMMANDADD" !== data1){
validate188.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "ONIMBOTV2COMMANDADD"},message:"must be equal to constant"}];
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
validate188.errors = [{instancePath:instancePath+"/date",schemaPath:"#/properties/date/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate188.errors = [{instancePath:instancePath+"/date",schemaPath:"#/properties/date/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
if(!(validate189(data.data, {instancePath:instancePath+"/data",parentData:data,parentDataProperty:"data",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate189.errors : vErrors.concat(validate189.errors);
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
validate188.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate188.errors = vErrors;
return errors === 0;
}
validate188.evaluated = {"props":{"eventId":true,"type":true,"date":true,"data":true},"dynamicProps":false,"dynamicItems":false};

const schema210 = {"type":"object","description":"ONIMBOTV2REACTIONCHANGE: A user added or removed a reaction on a message of the bot.","required":["eventId","type","date","data"],"properties":{"eventId":{"type":"integer","minimum":1,"description":"Queue id of the event; Event.get confirms ids below `offset`."},"type":{"type":"string","const":"ONIMBOTV2REACTIONCHANGE","description":"The event type."},"date":{"type":"string","format":"date-time","description":"When the event happened."},"data":{"$ref":"contract#/$defs/ImbotV2EventReactionChangeData"}}};
const schema211 = {"type":"object","description":"`data` of ONIMBOTV2REACTIONCHANGE (V2/events/events.md). Extra properties are allowed: payloads carry fields the page does not list.","required":["bot","reaction","action","message","chat","user","language"],"additionalProperties":true,"properties":{"bot":{"$ref":"contract#/$defs/ImbotV2EventBot"},"reaction":{"$ref":"contract#/$defs/ImbotV2ReactionCode"},"action":{"type":"string","enum":["add","delete"],"description":"add: the reaction was set; delete: removed."},"message":{"$ref":"contract#/$defs/Message"},"chat":{"$ref":"contract#/$defs/Chat"},"user":{"$ref":"contract#/$defs/User"},"language":{"$ref":"contract#/$defs/ImbotV2EventLanguage"}},"example":{"bot":{"id":456,"code":"support_bot","type":"bot","isHidden":false,"isSupportOpenline":false,"isReactionsEnabled":true,"backgroundId":null,"language":"en","moduleId":"rest","eventMode":"fetch","countMessage":150,"countCommand":3,"countChat":12,"countUser":45},"reaction":"like","action":"add","message":{"id":791,"chatId":5,"authorId":456,"date":"2025-01-15T10:30:00+02:00","text":"Hello! How can I help?","isSystem":false,"uuid":"","forward":null,"params":{},"viewedByOthers":true},"chat":{"id":5,"dialogId":"chat5","type":"chat","name":"Support Chat","entityType":"","owner":1,"avatar":"","color":"#ab7761"},"user":{"id":1,"active":true,"name":"John Smith","firstName":"John","lastName":"Smith","workPosition":"Developer","color":"#df532d","avatar":"","gender":"M","birthday":"","extranet":false,"bot":false,"connector":false,"externalAuthId":"default","status":"online","idle":false,"lastActivityDate":"2025-01-15T10:29:00+02:00","absent":false,"departments":[1],"phones":false,"type":"employee"},"language":"en"}};

function validate198(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate198.evaluated;
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
validate198.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.bot !== undefined){
const _errs3 = errors;
if(!(validate160(data.bot, {instancePath:instancePath+"/bot",parentData:data,parentDataProperty:"bot",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate160.errors : vErrors.concat(validate160.errors);
errors = vErrors.length;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.reaction !== undefined){
const _errs4 = errors;
if(!(validate200(data.reaction, {instancePath:instancePath+"/reaction",parentData:data,parentDataProperty:"reaction",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate200.errors : vErrors.concat(validate200.errors);
errors = vErrors.length;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.action !== undefined){
let data2 = data.action;
const _errs5 = errors;
if(typeof data2 !== "string"){
validate198.errors = [{instancePath:instancePath+"/action",schemaPath:"#/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((data2 === "add") || (data2 === "delete"))){
validate198.errors = [{instancePath:instancePath+"/action",schemaPath:"#/properties/action/enum",keyword:"enum",params:{allowedValues: schema211.properties.action.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.message !== undefined){
const _errs7 = errors;
if(!(validate107(data.message, {instancePath:instancePath+"/message",parentData:data,parentDataProperty:"message",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate107.errors : vErrors.concat(validate107.errors);
errors = vErrors.length;
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.chat !== undefined){
let data4 = data.chat;
const _errs8 = errors;
const _errs9 = errors;
if(errors === _errs9){
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
let missing1;
if(((data4.id === undefined) && (missing1 = "id")) || ((data4.dialogId === undefined) && (missing1 = "dialogId"))){
validate198.errors = [{instancePath:instancePath+"/chat",schemaPath:"contract#/$defs/Chat/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data4.id !== undefined){
let data5 = data4.id;
const _errs12 = errors;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
validate198.errors = [{instancePath:instancePath+"/chat/id",schemaPath:"contract#/$defs/Chat/properties/id/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs12){
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 < 1 || isNaN(data5)){
validate198.errors = [{instancePath:instancePath+"/chat/id",schemaPath:"contract#/$defs/Chat/properties/id/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
var valid2 = _errs12 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data4.dialogId !== undefined){
const _errs14 = errors;
if(typeof data4.dialogId !== "string"){
validate198.errors = [{instancePath:instancePath+"/chat/dialogId",schemaPath:"contract#/$defs/Chat/properties/dialogId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs14 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data4.name !== undefined){
const _errs16 = errors;
if(typeof data4.name !== "string"){
validate198.errors = [{instancePath:instancePath+"/chat/name",schemaPath:"contract#/$defs/Chat/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs16 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data4.type !== undefined){
const _errs18 = errors;
if(typeof data4.type !== "string"){
validate198.errors = [{instancePath:instancePath+"/chat/type",schemaPath:"contract#/$defs/Chat/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs18 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data4.messageType !== undefined){
const _errs20 = errors;
if(typeof data4.messageType !== "string"){
validate198.errors = [{instancePath:instancePath+"/chat/messageType",schemaPath:"contract#/$defs/Chat/properties/messageType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs20 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data4.owner !== undefined){
let data10 = data4.owner;
const _errs22 = errors;
if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){
validate198.errors = [{instancePath:instancePath+"/chat/owner",schemaPath:"contract#/$defs/Chat/properties/owner/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid2 = _errs22 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data4.color !== undefined){
let data11 = data4.color;
const _errs24 = errors;
if((typeof data11 !== "string") && (data11 !== null)){
validate198.errors = [{instancePath:instancePath+"/chat/color",schemaPath:"contract#/$defs/Chat/properties/color/type",keyword:"type",params:{type: schema62.properties.color.type},message:"must be string,null"}];
return false;
}
var valid2 = _errs24 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data4.avatar !== undefined){
const _errs26 = errors;
if(typeof data4.avatar !== "string"){
validate198.errors = [{instancePath:instancePath+"/chat/avatar",schemaPath:"contract#/$defs/Chat/properties/avatar/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs26 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data4.description !== undefined){
const _errs28 = errors;
if(typeof data4.description !== "string"){
validate198.errors = [{instancePath:instancePath+"/chat/description",schemaPath:"contract#/$defs/Chat/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs28 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data4.extranet !== undefined){
const _errs30 = errors;
if(typeof data4.extranet !== "boolean"){
validate198.errors = [{instancePath:instancePath+"/chat/extranet",schemaPath:"contract#/$defs/Chat/properties/extranet/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid2 = _errs30 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data4.role !== undefined){
let data15 = data4.role;
const _errs32 = errors;
if(typeof data15 !== "string"){
validate198.errors = [{instancePath:instancePath+"/chat/role",schemaPath:"contract#/$defs/Chat/properties/role/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((((data15 === "owner") || (data15 === "manager")) || (data15 === "member")) || (data15 === "guest")) || (data15 === "none"))){
validate198.errors = [{instancePath:instancePath+"/chat/role",schemaPath:"contract#/$defs/Chat/properties/role/enum",keyword:"enum",params:{allowedValues: schema62.properties.role.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid2 = _errs32 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data4.containsCollaber !== undefined){
const _errs34 = errors;
if(typeof data4.containsCollaber !== "boolean"){
validate198.errors = [{instancePath:instancePath+"/chat/containsCollaber",schemaPath:"contract#/$defs/Chat/properties/containsCollaber/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid2 = _errs34 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data4.muteList !== undefined){
let data17 = data4.muteList;
const _errs36 = errors;
if(errors === _errs36){
if(Array.isArray(data17)){
var valid3 = true;
const len0 = data17.length;
for(let i0=0; i0<len0; i0++){
let data18 = data17[i0];
const _errs38 = errors;
if(!(((typeof data18 == "number") && (!(data18 % 1) && !isNaN(data18))) && (isFinite(data18)))){
validate198.errors = [{instancePath:instancePath+"/chat/muteList/" + i0,schemaPath:"contract#/$defs/Chat/properties/muteList/items/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid3 = _errs38 === errors;
if(!valid3){
break;
}
}
}
else {
validate198.errors = [{instancePath:instancePath+"/chat/muteList",schemaPath:"contract#/$defs/Chat/properties/muteList/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid2 = _errs36 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data4.entityType !== undefined){
const _errs40 = errors;
if(typeof data4.entityType !== "string"){
validate198.errors = [{instancePath:instancePath+"/chat/entityType",schemaPath:"contract#/$defs/Chat/properties/entityType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs40 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data4.entityId !== undefined){
const _errs42 = errors;
if(typeof data4.entityId !== "string"){
validate198.errors = [{instancePath:instancePath+"/chat/entityId",schemaPath:"contract#/$defs/Chat/properties/entityId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs42 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data4.entityData1 !== undefined){
const _errs44 = errors;
if(typeof data4.entityData1 !== "string"){
validate198.errors = [{instancePath:instancePath+"/chat/entityData1",schemaPath:"contract#/$defs/Chat/properties/entityData1/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs44 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data4.entityData2 !== undefined){
const _errs46 = errors;
if(typeof data4.entityData2 !== "string"){
validate198.errors = [{instancePath:instancePath+"/chat/entityData2",schemaPath:"contract#/$defs/Chat/properties/entityData2/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs46 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data4.entityData3 !== undefined){
const _errs48 = errors;
if(typeof data4.entityData3 !== "string"){
validate198.errors = [{instancePath:instancePath+"/chat/entityData3",schemaPath:"contract#/$defs/Chat/properties/entityData3/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs48 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data4.entityLink !== undefined){
let data24 = data4.entityLink;
const _errs50 = errors;
if(!(data24 && typeof data24 == "object" && !Array.isArray(data24))){
validate198.errors = [{instancePath:instancePath+"/chat/entityLink",schemaPath:"contract#/$defs/Chat/properties/entityLink/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
var valid2 = _errs50 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data4.diskFolderId !== undefined){
let data25 = data4.diskFolderId;
const _errs52 = errors;
if((!(((typeof data25 == "number") && (!(data25 % 1) && !isNaN(data25))) && (isFinite(data25)))) && (data25 !== null)){
validate198.errors = [{instancePath:instancePath+"/chat/diskFolderId",schemaPath:"contract#/$defs/Chat/properties/diskFolderId/type",keyword:"type",params:{type: schema62.properties.diskFolderId.type},message:"must be integer,null"}];
return false;
}
var valid2 = _errs52 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data4.permissions !== undefined){
let data26 = data4.permissions;
const _errs54 = errors;
if(!(data26 && typeof data26 == "object" && !Array.isArray(data26))){
validate198.errors = [{instancePath:instancePath+"/chat/permissions",schemaPath:"contract#/$defs/Chat/properties/permissions/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
var valid2 = _errs54 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data4.parentChatId !== undefined){
let data27 = data4.parentChatId;
const _errs56 = errors;
if((!(((typeof data27 == "number") && (!(data27 % 1) && !isNaN(data27))) && (isFinite(data27)))) && (data27 !== null)){
validate198.errors = [{instancePath:instancePath+"/chat/parentChatId",schemaPath:"contract#/$defs/Chat/properties/parentChatId/type",keyword:"type",params:{type: schema62.properties.parentChatId.type},message:"must be integer,null"}];
return false;
}
var valid2 = _errs56 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data4.parentMessageId !== undefined){
let data28 = data4.parentMessageId;
const _errs58 = errors;
if((!(((typeof data28 == "number") && (!(data28 % 1) && !isNaN(data28))) && (isFinite(data28)))) && (data28 !== null)){
validate198.errors = [{instancePath:instancePath+"/chat/parentMessageId",schemaPath:"contract#/$defs/Chat/properties/parentMessageId/type",keyword:"type",params:{type: schema62.properties.parentMessageId.type},message:"must be integer,null"}];
return false;
}
var valid2 = _errs58 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data4.isNew !== undefined){
const _errs60 = errors;
if(typeof data4.isNew !== "boolean"){
validate198.errors = [{instancePath:instancePath+"/chat/isNew",schemaPath:"contract#/$defs/Chat/properties/isNew/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid2 = _errs60 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data4.textFieldEnabled !== undefined){
let data30 = data4.textFieldEnabled;
const _errs62 = errors;
if(typeof data30 !== "string"){
validate198.errors = [{instancePath:instancePath+"/chat/textFieldEnabled",schemaPath:"contract#/$defs/Chat/properties/textFieldEnabled/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((data30 === "Y") || (data30 === "N"))){
validate198.errors = [{instancePath:instancePath+"/chat/textFieldEnabled",schemaPath:"contract#/$defs/Chat/properties/textFieldEnabled/enum",keyword:"enum",params:{allowedValues: schema62.properties.textFieldEnabled.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid2 = _errs62 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data4.backgroundId !== undefined){
let data31 = data4.backgroundId;
const _errs64 = errors;
if((typeof data31 !== "string") && (data31 !== null)){
validate198.errors = [{instancePath:instancePath+"/chat/backgroundId",schemaPath:"contract#/$defs/Chat/properties/backgroundId/type",keyword:"type",params:{type: schema62.properties.backgroundId.type},message:"must be string,null"}];
return false;
}
var valid2 = _errs64 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data4.dateCreate !== undefined){
let data32 = data4.dateCreate;
const _errs66 = errors;
if((typeof data32 !== "string") && (data32 !== null)){
validate198.errors = [{instancePath:instancePath+"/chat/dateCreate",schemaPath:"contract#/$defs/Chat/properties/dateCreate/type",keyword:"type",params:{type: schema62.properties.dateCreate.type},message:"must be string,null"}];
return false;
}
if(errors === _errs66){
if(errors === _errs66){
if(typeof data32 === "string"){
if(!(formats0(data32))){
validate198.errors = [{instancePath:instancePath+"/chat/dateCreate",schemaPath:"contract#/$defs/Chat/properties/dateCreate/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
}
}
var valid2 = _errs66 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data4.lastMessageId !== undefined){
let data33 = data4.lastMessageId;
const _errs68 = errors;
if((!(((typeof data33 == "number") && (!(data33 % 1) && !isNaN(data33))) && (isFinite(data33)))) && (data33 !== null)){
validate198.errors = [{instancePath:instancePath+"/chat/lastMessageId",schemaPath:"contract#/$defs/Chat/properties/lastMessageId/type",keyword:"type",params:{type: schema62.properties.lastMessageId.type},message:"must be integer,null"}];
return false;
}
var valid2 = _errs68 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data4.lastId !== undefined){
let data34 = data4.lastId;
const _errs70 = errors;
if((!(((typeof data34 == "number") && (!(data34 % 1) && !isNaN(data34))) && (isFinite(data34)))) && (data34 !== null)){
validate198.errors = [{instancePath:instancePath+"/chat/lastId",schemaPath:"contract#/$defs/Chat/properties/lastId/type",keyword:"type",params:{type: schema62.properties.lastId.type},message:"must be integer,null"}];
return false;
}
var valid2 = _errs70 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data4.managerList !== undefined){
let data35 = data4.managerList;
const _errs72 = errors;
if(errors === _errs72){
if(Array.isArray(data35)){
var valid4 = true;
const len1 = data35.length;
for(let i1=0; i1<len1; i1++){
let data36 = data35[i1];
const _errs74 = errors;
if(!(((typeof data36 == "number") && (!(data36 % 1) && !isNaN(data36))) && (isFinite(data36)))){
validate198.errors = [{instancePath:instancePath+"/chat/managerList/" + i1,schemaPath:"contract#/$defs/Chat/properties/managerList/items/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid4 = _errs74 === errors;
if(!valid4){
break;
}
}
}
else {
validate198.errors = [{instancePath:instancePath+"/chat/managerList",schemaPath:"contract#/$defs/Chat/properties/managerList/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid2 = _errs72 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data4.messageCount !== undefined){
let data37 = data4.messageCount;
const _errs76 = errors;
if(!(((typeof data37 == "number") && (!(data37 % 1) && !isNaN(data37))) && (isFinite(data37)))){
validate198.errors = [{instancePath:instancePath+"/chat/messageCount",schemaPath:"contract#/$defs/Chat/properties/messageCount/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid2 = _errs76 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data4.userCounter !== undefined){
let data38 = data4.userCounter;
const _errs78 = errors;
if(!(((typeof data38 == "number") && (!(data38 % 1) && !isNaN(data38))) && (isFinite(data38)))){
validate198.errors = [{instancePath:instancePath+"/chat/userCounter",schemaPath:"contract#/$defs/Chat/properties/userCounter/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid2 = _errs78 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data4.unreadId !== undefined){
let data39 = data4.unreadId;
const _errs80 = errors;
if((!(((typeof data39 == "number") && (!(data39 % 1) && !isNaN(data39))) && (isFinite(data39)))) && (data39 !== null)){
validate198.errors = [{instancePath:instancePath+"/chat/unreadId",schemaPath:"contract#/$defs/Chat/properties/unreadId/type",keyword:"type",params:{type: schema62.properties.unreadId.type},message:"must be integer,null"}];
return false;
}
var valid2 = _errs80 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data4.lastMessageViews !== undefined){
const _errs82 = errors;
if(typeof data4.lastMessageViews !== "string"){
validate198.errors = [{instancePath:instancePath+"/chat/lastMessageViews",schemaPath:"contract#/$defs/Chat/properties/lastMessageViews/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs82 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data4.markedId !== undefined){
let data41 = data4.markedId;
const _errs84 = errors;
if((!(((typeof data41 == "number") && (!(data41 % 1) && !isNaN(data41))) && (isFinite(data41)))) && (data41 !== null)){
validate198.errors = [{instancePath:instancePath+"/chat/markedId",schemaPath:"contract#/$defs/Chat/properties/markedId/type",keyword:"type",params:{type: schema62.properties.markedId.type},message:"must be integer,null"}];
return false;
}
var valid2 = _errs84 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data4.public !== undefined){
let data42 = data4.public;
const _errs86 = errors;
const _errs87 = errors;
let valid5 = false;
let passing0 = null;
const _errs88 = errors;
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
var _valid0 = _errs88 === errors;
if(_valid0){
valid5 = true;
passing0 = 0;
}
const _errs90 = errors;
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
var _valid0 = _errs90 === errors;
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
validate198.errors = vErrors;
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
var valid2 = _errs86 === errors;
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
validate198.errors = [{instancePath:instancePath+"/chat",schemaPath:"contract#/$defs/Chat/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.user !== undefined){
const _errs92 = errors;
if(!(validate28(data.user, {instancePath:instancePath+"/user",parentData:data,parentDataProperty:"user",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
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
validate198.errors = [{instancePath:instancePath+"/language",schemaPath:"contract#/$defs/ImbotV2EventLanguage/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
}
else {
validate198.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate198.errors = vErrors;
return errors === 0;
}
validate198.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate197(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate197.evaluated;
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
validate197.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.eventId !== undefined){
let data0 = data.eventId;
const _errs1 = errors;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
validate197.errors = [{instancePath:instancePath+"/eventId",schemaPath:"#/properties/eventId/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs1){
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 < 1 || isNaN(data0)){
validate197.errors = [{instancePath:instancePath+"/eventId",schemaPath:"#/properties/eventId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
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
validate197.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if("ONIMBOTV2REACTIONCHANGE" !== data1){
validate197.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "ONIMBOTV2REACTIONCHANGE"},message:"must be equal to constant"}];
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
validate197.errors = [{instancePath:instancePath+"/date",schemaPath:"#/properties/date/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate197.errors = [{instancePath:instancePath+"/date",schemaPath:"#/properties/date/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
if(!(validate198(data.data, {instancePath:instancePath+"/data",parentData:data,parentDataProperty:"data",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate198.errors : vErrors.concat(validate198.errors);
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
validate197.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate197.errors = vErrors;
return errors === 0;
}
validate197.evaluated = {"props":{"eventId":true,"type":true,"date":true,"data":true},"dynamicProps":false,"dynamicItems":false};

const schema216 = {"type":"object","description":"ONIMBOTV2CONTEXTGET: A user opened a dialog with the bot passing context data (a link with BOT_CONTEXT, a deep link or the JS API).","required":["eventId","type","date","data"],"properties":{"eventId":{"type":"integer","minimum":1,"description":"Queue id of the event; Event.get confirms ids below `offset`."},"type":{"type":"string","const":"ONIMBOTV2CONTEXTGET","description":"The event type."},"date":{"type":"string","format":"date-time","description":"When the event happened."},"data":{"$ref":"contract#/$defs/ImbotV2EventContextGetData"}}};
const schema217 = {"type":"object","description":"`data` of ONIMBOTV2CONTEXTGET (V2/events/events.md). Extra properties are allowed: payloads carry fields the page does not list.","required":["bot","dialogId","context","chat","user","language"],"additionalProperties":true,"properties":{"bot":{"$ref":"contract#/$defs/ImbotV2EventBot"},"dialogId":{"$ref":"contract#/$defs/DialogId"},"context":{"type":"object","additionalProperties":true,"description":"Whatever the caller passed when opening the dialog."},"chat":{"$ref":"contract#/$defs/Chat"},"user":{"$ref":"contract#/$defs/User"},"language":{"$ref":"contract#/$defs/ImbotV2EventLanguage"}},"example":{"bot":{"id":456,"code":"support_bot","type":"bot","isHidden":false,"isSupportOpenline":false,"isReactionsEnabled":true,"backgroundId":null,"language":"en","moduleId":"rest","eventMode":"fetch","countMessage":150,"countCommand":3,"countChat":12,"countUser":45},"dialogId":"1","context":{"entityId":164,"entityType":"task","source":"link"},"chat":{"id":5,"dialogId":"1","type":"private","name":"","entityType":"","owner":456,"avatar":"","color":"#ab7761"},"user":{"id":1,"active":true,"name":"John Smith","firstName":"John","lastName":"Smith","workPosition":"Developer","color":"#df532d","avatar":"","gender":"M","birthday":"","extranet":false,"bot":false,"connector":false,"externalAuthId":"default","status":"online","idle":false,"lastActivityDate":"2025-01-15T10:29:00+02:00","absent":false,"departments":[1],"phones":false,"type":"employee"},"language":"en"}};

function validate207(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate207.evaluated;
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
validate207.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.bot !== undefined){
const _errs3 = errors;
if(!(validate160(data.bot, {instancePath:instancePath+"/bot",parentData:data,parentDataProperty:"bot",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate160.errors : vErrors.concat(validate160.errors);
errors = vErrors.length;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.dialogId !== undefined){
let data1 = data.dialogId;
const _errs4 = errors;
const _errs5 = errors;
if(errors === _errs5){
if(typeof data1 === "string"){
if(!pattern4.test(data1)){
validate207.errors = [{instancePath:instancePath+"/dialogId",schemaPath:"contract#/$defs/DialogId/pattern",keyword:"pattern",params:{pattern: "^(chat[1-9][0-9]*|[1-9][0-9]*)$"},message:"must match pattern \""+"^(chat[1-9][0-9]*|[1-9][0-9]*)$"+"\""}];
return false;
}
}
else {
validate207.errors = [{instancePath:instancePath+"/dialogId",schemaPath:"contract#/$defs/DialogId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.context !== undefined){
let data2 = data.context;
const _errs8 = errors;
if(errors === _errs8){
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
}
else {
validate207.errors = [{instancePath:instancePath+"/context",schemaPath:"#/properties/context/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.chat !== undefined){
let data3 = data.chat;
const _errs11 = errors;
const _errs12 = errors;
if(errors === _errs12){
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
let missing1;
if(((data3.id === undefined) && (missing1 = "id")) || ((data3.dialogId === undefined) && (missing1 = "dialogId"))){
validate207.errors = [{instancePath:instancePath+"/chat",schemaPath:"contract#/$defs/Chat/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data3.id !== undefined){
let data4 = data3.id;
const _errs15 = errors;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
validate207.errors = [{instancePath:instancePath+"/chat/id",schemaPath:"contract#/$defs/Chat/properties/id/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs15){
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 < 1 || isNaN(data4)){
validate207.errors = [{instancePath:instancePath+"/chat/id",schemaPath:"contract#/$defs/Chat/properties/id/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
var valid3 = _errs15 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data3.dialogId !== undefined){
const _errs17 = errors;
if(typeof data3.dialogId !== "string"){
validate207.errors = [{instancePath:instancePath+"/chat/dialogId",schemaPath:"contract#/$defs/Chat/properties/dialogId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs17 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data3.name !== undefined){
const _errs19 = errors;
if(typeof data3.name !== "string"){
validate207.errors = [{instancePath:instancePath+"/chat/name",schemaPath:"contract#/$defs/Chat/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs19 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data3.type !== undefined){
const _errs21 = errors;
if(typeof data3.type !== "string"){
validate207.errors = [{instancePath:instancePath+"/chat/type",schemaPath:"contract#/$defs/Chat/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs21 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data3.messageType !== undefined){
const _errs23 = errors;
if(typeof data3.messageType !== "string"){
validate207.errors = [{instancePath:instancePath+"/chat/messageType",schemaPath:"contract#/$defs/Chat/properties/messageType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs23 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data3.owner !== undefined){
let data9 = data3.owner;
const _errs25 = errors;
if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
validate207.errors = [{instancePath:instancePath+"/chat/owner",schemaPath:"contract#/$defs/Chat/properties/owner/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid3 = _errs25 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data3.color !== undefined){
let data10 = data3.color;
const _errs27 = errors;
if((typeof data10 !== "string") && (data10 !== null)){
validate207.errors = [{instancePath:instancePath+"/chat/color",schemaPath:"contract#/$defs/Chat/properties/color/type",keyword:"type",params:{type: schema62.properties.color.type},message:"must be string,null"}];
return false;
}
var valid3 = _errs27 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data3.avatar !== undefined){
const _errs29 = errors;
if(typeof data3.avatar !== "string"){
validate207.errors = [{instancePath:instancePath+"/chat/avatar",schemaPath:"contract#/$defs/Chat/properties/avatar/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs29 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data3.description !== undefined){
const _errs31 = errors;
if(typeof data3.description !== "string"){
validate207.errors = [{instancePath:instancePath+"/chat/description",schemaPath:"contract#/$defs/Chat/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs31 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data3.extranet !== undefined){
const _errs33 = errors;
if(typeof data3.extranet !== "boolean"){
validate207.errors = [{instancePath:instancePath+"/chat/extranet",schemaPath:"contract#/$defs/Chat/properties/extranet/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid3 = _errs33 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data3.role !== undefined){
let data14 = data3.role;
const _errs35 = errors;
if(typeof data14 !== "string"){
validate207.errors = [{instancePath:instancePath+"/chat/role",schemaPath:"contract#/$defs/Chat/properties/role/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((((data14 === "owner") || (data14 === "manager")) || (data14 === "member")) || (data14 === "guest")) || (data14 === "none"))){
validate207.errors = [{instancePath:instancePath+"/chat/role",schemaPath:"contract#/$defs/Chat/properties/role/enum",keyword:"enum",params:{allowedValues: schema62.properties.role.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid3 = _errs35 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data3.containsCollaber !== undefined){
const _errs37 = errors;
if(typeof data3.containsCollaber !== "boolean"){
validate207.errors = [{instancePath:instancePath+"/chat/containsCollaber",schemaPath:"contract#/$defs/Chat/properties/containsCollaber/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid3 = _errs37 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data3.muteList !== undefined){
let data16 = data3.muteList;
const _errs39 = errors;
if(errors === _errs39){
if(Array.isArray(data16)){
var valid4 = true;
const len0 = data16.length;
for(let i0=0; i0<len0; i0++){
let data17 = data16[i0];
const _errs41 = errors;
if(!(((typeof data17 == "number") && (!(data17 % 1) && !isNaN(data17))) && (isFinite(data17)))){
validate207.errors = [{instancePath:instancePath+"/chat/muteList/" + i0,schemaPath:"contract#/$defs/Chat/properties/muteList/items/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid4 = _errs41 === errors;
if(!valid4){
break;
}
}
}
else {
validate207.errors = [{instancePath:instancePath+"/chat/muteList",schemaPath:"contract#/$defs/Chat/properties/muteList/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid3 = _errs39 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data3.entityType !== undefined){
const _errs43 = errors;
if(typeof data3.entityType !== "string"){
validate207.errors = [{instancePath:instancePath+"/chat/entityType",schemaPath:"contract#/$defs/Chat/properties/entityType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs43 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data3.entityId !== undefined){
const _errs45 = errors;
if(typeof data3.entityId !== "string"){
validate207.errors = [{instancePath:instancePath+"/chat/entityId",schemaPath:"contract#/$defs/Chat/properties/entityId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs45 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data3.entityData1 !== undefined){
const _errs47 = errors;
if(typeof data3.entityData1 !== "string"){
validate207.errors = [{instancePath:instancePath+"/chat/entityData1",schemaPath:"contract#/$defs/Chat/properties/entityData1/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs47 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data3.entityData2 !== undefined){
const _errs49 = errors;
if(typeof data3.entityData2 !== "string"){
validate207.errors = [{instancePath:instancePath+"/chat/entityData2",schemaPath:"contract#/$defs/Chat/properties/entityData2/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs49 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data3.entityData3 !== undefined){
const _errs51 = errors;
if(typeof data3.entityData3 !== "string"){
validate207.errors = [{instancePath:instancePath+"/chat/entityData3",schemaPath:"contract#/$defs/Chat/properties/entityData3/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs51 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data3.entityLink !== undefined){
let data23 = data3.entityLink;
const _errs53 = errors;
if(!(data23 && typeof data23 == "object" && !Array.isArray(data23))){
validate207.errors = [{instancePath:instancePath+"/chat/entityLink",schemaPath:"contract#/$defs/Chat/properties/entityLink/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
var valid3 = _errs53 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data3.diskFolderId !== undefined){
let data24 = data3.diskFolderId;
const _errs55 = errors;
if((!(((typeof data24 == "number") && (!(data24 % 1) && !isNaN(data24))) && (isFinite(data24)))) && (data24 !== null)){
validate207.errors = [{instancePath:instancePath+"/chat/diskFolderId",schemaPath:"contract#/$defs/Chat/properties/diskFolderId/type",keyword:"type",params:{type: schema62.properties.diskFolderId.type},message:"must be integer,null"}];
return false;
}
var valid3 = _errs55 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data3.permissions !== undefined){
let data25 = data3.permissions;
const _errs57 = errors;
if(!(data25 && typeof data25 == "object" && !Array.isArray(data25))){
validate207.errors = [{instancePath:instancePath+"/chat/permissions",schemaPath:"contract#/$defs/Chat/properties/permissions/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
var valid3 = _errs57 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data3.parentChatId !== undefined){
let data26 = data3.parentChatId;
const _errs59 = errors;
if((!(((typeof data26 == "number") && (!(data26 % 1) && !isNaN(data26))) && (isFinite(data26)))) && (data26 !== null)){
validate207.errors = [{instancePath:instancePath+"/chat/parentChatId",schemaPath:"contract#/$defs/Chat/properties/parentChatId/type",keyword:"type",params:{type: schema62.properties.parentChatId.type},message:"must be integer,null"}];
return false;
}
var valid3 = _errs59 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data3.parentMessageId !== undefined){
let data27 = data3.parentMessageId;
const _errs61 = errors;
if((!(((typeof data27 == "number") && (!(data27 % 1) && !isNaN(data27))) && (isFinite(data27)))) && (data27 !== null)){
validate207.errors = [{instancePath:instancePath+"/chat/parentMessageId",schemaPath:"contract#/$defs/Chat/properties/parentMessageId/type",keyword:"type",params:{type: schema62.properties.parentMessageId.type},message:"must be integer,null"}];
return false;
}
var valid3 = _errs61 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data3.isNew !== undefined){
const _errs63 = errors;
if(typeof data3.isNew !== "boolean"){
validate207.errors = [{instancePath:instancePath+"/chat/isNew",schemaPath:"contract#/$defs/Chat/properties/isNew/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid3 = _errs63 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data3.textFieldEnabled !== undefined){
let data29 = data3.textFieldEnabled;
const _errs65 = errors;
if(typeof data29 !== "string"){
validate207.errors = [{instancePath:instancePath+"/chat/textFieldEnabled",schemaPath:"contract#/$defs/Chat/properties/textFieldEnabled/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((data29 === "Y") || (data29 === "N"))){
validate207.errors = [{instancePath:instancePath+"/chat/textFieldEnabled",schemaPath:"contract#/$defs/Chat/properties/textFieldEnabled/enum",keyword:"enum",params:{allowedValues: schema62.properties.textFieldEnabled.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid3 = _errs65 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data3.backgroundId !== undefined){
let data30 = data3.backgroundId;
const _errs67 = errors;
if((typeof data30 !== "string") && (data30 !== null)){
validate207.errors = [{instancePath:instancePath+"/chat/backgroundId",schemaPath:"contract#/$defs/Chat/properties/backgroundId/type",keyword:"type",params:{type: schema62.properties.backgroundId.type},message:"must be string,null"}];
return false;
}
var valid3 = _errs67 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data3.dateCreate !== undefined){
let data31 = data3.dateCreate;
const _errs69 = errors;
if((typeof data31 !== "string") && (data31 !== null)){
validate207.errors = [{instancePath:instancePath+"/chat/dateCreate",schemaPath:"contract#/$defs/Chat/properties/dateCreate/type",keyword:"type",params:{type: schema62.properties.dateCreate.type},message:"must be string,null"}];
return false;
}
if(errors === _errs69){
if(errors === _errs69){
if(typeof data31 === "string"){
if(!(formats0(data31))){
validate207.errors = [{instancePath:instancePath+"/chat/dateCreate",schemaPath:"contract#/$defs/Chat/properties/dateCreate/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
}
}
var valid3 = _errs69 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data3.lastMessageId !== undefined){
let data32 = data3.lastMessageId;
const _errs71 = errors;
if((!(((typeof data32 == "number") && (!(data32 % 1) && !isNaN(data32))) && (isFinite(data32)))) && (data32 !== null)){
validate207.errors = [{instancePath:instancePath+"/chat/lastMessageId",schemaPath:"contract#/$defs/Chat/properties/lastMessageId/type",keyword:"type",params:{type: schema62.properties.lastMessageId.type},message:"must be integer,null"}];
return false;
}
var valid3 = _errs71 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data3.lastId !== undefined){
let data33 = data3.lastId;
const _errs73 = errors;
if((!(((typeof data33 == "number") && (!(data33 % 1) && !isNaN(data33))) && (isFinite(data33)))) && (data33 !== null)){
validate207.errors = [{instancePath:instancePath+"/chat/lastId",schemaPath:"contract#/$defs/Chat/properties/lastId/type",keyword:"type",params:{type: schema62.properties.lastId.type},message:"must be integer,null"}];
return false;
}
var valid3 = _errs73 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data3.managerList !== undefined){
let data34 = data3.managerList;
const _errs75 = errors;
if(errors === _errs75){
if(Array.isArray(data34)){
var valid5 = true;
const len1 = data34.length;
for(let i1=0; i1<len1; i1++){
let data35 = data34[i1];
const _errs77 = errors;
if(!(((typeof data35 == "number") && (!(data35 % 1) && !isNaN(data35))) && (isFinite(data35)))){
validate207.errors = [{instancePath:instancePath+"/chat/managerList/" + i1,schemaPath:"contract#/$defs/Chat/properties/managerList/items/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid5 = _errs77 === errors;
if(!valid5){
break;
}
}
}
else {
validate207.errors = [{instancePath:instancePath+"/chat/managerList",schemaPath:"contract#/$defs/Chat/properties/managerList/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid3 = _errs75 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data3.messageCount !== undefined){
let data36 = data3.messageCount;
const _errs79 = errors;
if(!(((typeof data36 == "number") && (!(data36 % 1) && !isNaN(data36))) && (isFinite(data36)))){
validate207.errors = [{instancePath:instancePath+"/chat/messageCount",schemaPath:"contract#/$defs/Chat/properties/messageCount/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid3 = _errs79 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data3.userCounter !== undefined){
let data37 = data3.userCounter;
const _errs81 = errors;
if(!(((typeof data37 == "number") && (!(data37 % 1) && !isNaN(data37))) && (isFinite(data37)))){
validate207.errors = [{instancePath:instancePath+"/chat/userCounter",schemaPath:"contract#/$defs/Chat/properties/userCounter/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid3 = _errs81 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data3.unreadId !== undefined){
let data38 = data3.unreadId;
const _errs83 = errors;
if((!(((typeof data38 == "number") && (!(data38 % 1) && !isNaN(data38))) && (isFinite(data38)))) && (data38 !== null)){
validate207.errors = [{instancePath:instancePath+"/chat/unreadId",schemaPath:"contract#/$defs/Chat/properties/unreadId/type",keyword:"type",params:{type: schema62.properties.unreadId.type},message:"must be integer,null"}];
return false;
}
var valid3 = _errs83 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data3.lastMessageViews !== undefined){
const _errs85 = errors;
if(typeof data3.lastMessageViews !== "string"){
validate207.errors = [{instancePath:instancePath+"/chat/lastMessageViews",schemaPath:"contract#/$defs/Chat/properties/lastMessageViews/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs85 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data3.markedId !== undefined){
let data40 = data3.markedId;
const _errs87 = errors;
if((!(((typeof data40 == "number") && (!(data40 % 1) && !isNaN(data40))) && (isFinite(data40)))) && (data40 !== null)){
validate207.errors = [{instancePath:instancePath+"/chat/markedId",schemaPath:"contract#/$defs/Chat/properties/markedId/type",keyword:"type",params:{type: schema62.properties.markedId.type},message:"must be integer,null"}];
return false;
}
var valid3 = _errs87 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data3.public !== undefined){
let data41 = data3.public;
const _errs89 = errors;
const _errs90 = errors;
let valid6 = false;
let passing0 = null;
const _errs91 = errors;
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
var _valid0 = _errs91 === errors;
if(_valid0){
valid6 = true;
passing0 = 0;
}
const _errs93 = errors;
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
var _valid0 = _errs93 === errors;
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
validate207.errors = vErrors;
return false;
}
else {
errors = _errs90;
if(vErrors !== null){
if(_errs90){
vErrors.length = _errs90;
}
else {
vErrors = null;
}
}
}
var valid3 = _errs89 === errors;
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
validate207.errors = [{instancePath:instancePath+"/chat",schemaPath:"contract#/$defs/Chat/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.user !== undefined){
const _errs95 = errors;
if(!(validate28(data.user, {instancePath:instancePath+"/user",parentData:data,parentDataProperty:"user",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
errors = vErrors.length;
}
var valid0 = _errs95 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.language !== undefined){
const _errs96 = errors;
if(typeof data.language !== "string"){
validate207.errors = [{instancePath:instancePath+"/language",schemaPath:"contract#/$defs/ImbotV2EventLanguage/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs96 === errors;
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
validate207.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate207.errors = vErrors;
return errors === 0;
}
validate207.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate206(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate206.evaluated;
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
validate206.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.eventId !== undefined){
let data0 = data.eventId;
const _errs1 = errors;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
validate206.errors = [{instancePath:instancePath+"/eventId",schemaPath:"#/properties/eventId/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs1){
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 < 1 || isNaN(data0)){
validate206.errors = [{instancePath:instancePath+"/eventId",schemaPath:"#/properties/eventId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
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
validate206.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if("ONIMBOTV2CONTEXTGET" !== data1){
validate206.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "ONIMBOTV2CONTEXTGET"},message:"must be equal to constant"}];
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
validate206.errors = [{instancePath:instancePath+"/date",schemaPath:"#/properties/date/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate206.errors = [{instancePath:instancePath+"/date",schemaPath:"#/properties/date/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
if(!(validate207(data.data, {instancePath:instancePath+"/data",parentData:data,parentDataProperty:"data",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate207.errors : vErrors.concat(validate207.errors);
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
validate206.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate206.errors = vErrors;
return errors === 0;
}
validate206.evaluated = {"props":{"eventId":true,"type":true,"date":true,"data":true},"dynamicProps":false,"dynamicItems":false};

const schema221 = {"type":"object","description":"ONIMBOTV2DELETE: The bot was deleted; the last event it receives.","required":["eventId","type","date","data"],"properties":{"eventId":{"type":"integer","minimum":1,"description":"Queue id of the event; Event.get confirms ids below `offset`."},"type":{"type":"string","const":"ONIMBOTV2DELETE","description":"The event type."},"date":{"type":"string","format":"date-time","description":"When the event happened."},"data":{"$ref":"contract#/$defs/ImbotV2EventDeleteData"}}};
const schema222 = {"type":"object","description":"`data` of ONIMBOTV2DELETE (V2/events/events.md). Extra properties are allowed: payloads carry fields the page does not list.","required":["bot"],"additionalProperties":true,"properties":{"bot":{"$ref":"contract#/$defs/ImbotV2EventBot"}},"example":{"bot":{"id":456,"code":"support_bot","type":"bot","isHidden":false,"isSupportOpenline":false,"isReactionsEnabled":true,"backgroundId":null,"language":"en","moduleId":"rest","eventMode":"fetch","countMessage":150,"countCommand":3,"countChat":12,"countUser":45}}};

function validate213(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate213.evaluated;
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
validate213.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.bot !== undefined){
if(!(validate160(data.bot, {instancePath:instancePath+"/bot",parentData:data,parentDataProperty:"bot",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate160.errors : vErrors.concat(validate160.errors);
errors = vErrors.length;
}
}
}
}
else {
validate213.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate213.errors = vErrors;
return errors === 0;
}
validate213.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate212(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate212.evaluated;
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
validate212.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.eventId !== undefined){
let data0 = data.eventId;
const _errs1 = errors;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
validate212.errors = [{instancePath:instancePath+"/eventId",schemaPath:"#/properties/eventId/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs1){
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 < 1 || isNaN(data0)){
validate212.errors = [{instancePath:instancePath+"/eventId",schemaPath:"#/properties/eventId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
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
validate212.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if("ONIMBOTV2DELETE" !== data1){
validate212.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "ONIMBOTV2DELETE"},message:"must be equal to constant"}];
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
validate212.errors = [{instancePath:instancePath+"/date",schemaPath:"#/properties/date/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate212.errors = [{instancePath:instancePath+"/date",schemaPath:"#/properties/date/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
if(!(validate213(data.data, {instancePath:instancePath+"/data",parentData:data,parentDataProperty:"data",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate213.errors : vErrors.concat(validate213.errors);
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
validate212.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate212.errors = vErrors;
return errors === 0;
}
validate212.evaluated = {"props":{"eventId":true,"type":true,"date":true,"data":true},"dynamicProps":false,"dynamicItems":false};


function validate157(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate157.evaluated;
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
if(!(validate158(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate158.errors : vErrors.concat(validate158.errors);
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
if(!(validate169(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate169.errors : vErrors.concat(validate169.errors);
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
if(!(validate176(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate176.errors : vErrors.concat(validate176.errors);
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
if(!(validate182(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate182.errors : vErrors.concat(validate182.errors);
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
if(!(validate188(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate188.errors : vErrors.concat(validate188.errors);
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
if(!(validate197(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate197.errors : vErrors.concat(validate197.errors);
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
if(!(validate206(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate206.errors : vErrors.concat(validate206.errors);
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
if(!(validate212(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate212.errors : vErrors.concat(validate212.errors);
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
validate157.errors = vErrors;
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
validate157.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate157.evaluated = {"dynamicProps":true,"dynamicItems":false};


function validate156(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate156.evaluated;
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
validate156.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.events !== undefined){
let data0 = data.events;
const _errs2 = errors;
if(errors === _errs2){
if(Array.isArray(data0)){
if(data0.length > 1000){
validate156.errors = [{instancePath:instancePath+"/events",schemaPath:"#/properties/events/maxItems",keyword:"maxItems",params:{limit: 1000},message:"must NOT have more than 1000 items"}];
return false;
}
else {
var valid1 = true;
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
const _errs4 = errors;
if(!(validate157(data0[i0], {instancePath:instancePath+"/events/" + i0,parentData:data0,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate157.errors : vErrors.concat(validate157.errors);
errors = vErrors.length;
}
var valid1 = _errs4 === errors;
if(!valid1){
break;
}
}
}
}
else {
validate156.errors = [{instancePath:instancePath+"/events",schemaPath:"#/properties/events/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.nextOffset !== undefined){
let data2 = data.nextOffset;
const _errs5 = errors;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
validate156.errors = [{instancePath:instancePath+"/nextOffset",schemaPath:"#/properties/nextOffset/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs5){
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 0 || isNaN(data2)){
validate156.errors = [{instancePath:instancePath+"/nextOffset",schemaPath:"#/properties/nextOffset/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
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
if(data.hasMore !== undefined){
const _errs7 = errors;
if(typeof data.hasMore !== "boolean"){
validate156.errors = [{instancePath:instancePath+"/hasMore",schemaPath:"#/properties/hasMore/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
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
validate156.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate156.errors = vErrors;
return errors === 0;
}
validate156.evaluated = {"props":{"events":true,"nextOffset":true,"hasMore":true},"dynamicProps":false,"dynamicItems":false};


function validate155(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate155.evaluated;
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
validate155.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.result !== undefined){
const _errs1 = errors;
if(!(validate156(data.result, {instancePath:instancePath+"/result",parentData:data,parentDataProperty:"result",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate156.errors : vErrors.concat(validate156.errors);
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
validate155.errors = [{instancePath:instancePath+"/time",schemaPath:"contract#/$defs/ResponseTime/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data1.start !== undefined){
let data2 = data1.start;
const _errs5 = errors;
if(!((typeof data2 == "number") && (isFinite(data2)))){
validate155.errors = [{instancePath:instancePath+"/time/start",schemaPath:"contract#/$defs/ResponseTime/properties/start/type",keyword:"type",params:{type: "number"},message:"must be number"}];
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
const _errs8 = errors;
if(!((typeof data3 == "number") && (isFinite(data3)))){
validate155.errors = [{instancePath:instancePath+"/time/finish",schemaPath:"contract#/$defs/ResponseTime/properties/finish/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid2 = _errs8 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.duration !== undefined){
let data4 = data1.duration;
const _errs11 = errors;
if(!((typeof data4 == "number") && (isFinite(data4)))){
validate155.errors = [{instancePath:instancePath+"/time/duration",schemaPath:"contract#/$defs/ResponseTime/properties/duration/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid2 = _errs11 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.processing !== undefined){
let data5 = data1.processing;
const _errs14 = errors;
if(!((typeof data5 == "number") && (isFinite(data5)))){
validate155.errors = [{instancePath:instancePath+"/time/processing",schemaPath:"contract#/$defs/ResponseTime/properties/processing/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid2 = _errs14 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.date_start !== undefined){
let data6 = data1.date_start;
const _errs17 = errors;
if(errors === _errs17){
if(errors === _errs17){
if(typeof data6 === "string"){
if(!(formats0(data6))){
validate155.errors = [{instancePath:instancePath+"/time/date_start",schemaPath:"contract#/$defs/ResponseTime/properties/date_start/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate155.errors = [{instancePath:instancePath+"/time/date_start",schemaPath:"contract#/$defs/ResponseTime/properties/date_start/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid2 = _errs17 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.date_finish !== undefined){
let data7 = data1.date_finish;
const _errs20 = errors;
if(errors === _errs20){
if(errors === _errs20){
if(typeof data7 === "string"){
if(!(formats0(data7))){
validate155.errors = [{instancePath:instancePath+"/time/date_finish",schemaPath:"contract#/$defs/ResponseTime/properties/date_finish/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate155.errors = [{instancePath:instancePath+"/time/date_finish",schemaPath:"contract#/$defs/ResponseTime/properties/date_finish/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid2 = _errs20 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.operating !== undefined){
let data8 = data1.operating;
const _errs23 = errors;
if(!((typeof data8 == "number") && (isFinite(data8)))){
validate155.errors = [{instancePath:instancePath+"/time/operating",schemaPath:"contract#/$defs/ResponseTime/properties/operating/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid2 = _errs23 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.operating_reset_at !== undefined){
let data9 = data1.operating_reset_at;
const _errs26 = errors;
if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
validate155.errors = [{instancePath:instancePath+"/time/operating_reset_at",schemaPath:"contract#/$defs/ResponseTime/properties/operating_reset_at/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid2 = _errs26 === errors;
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
validate155.errors = [{instancePath:instancePath+"/time",schemaPath:"contract#/$defs/ResponseTime/type",keyword:"type",params:{type: "object"},message:"must be object"}];
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
validate155.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate155.errors = vErrors;
return errors === 0;
}
validate155.evaluated = {"props":{"result":true,"time":true},"dynamicProps":false,"dynamicItems":false};


function validate154(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="imbotV2EventGetSuccess" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate154.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate155(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate155.errors : vErrors.concat(validate155.errors);
errors = vErrors.length;
}
validate154.errors = vErrors;
return errors === 0;
}
validate154.evaluated = {"props":{"result":true,"time":true},"dynamicProps":false,"dynamicItems":false};

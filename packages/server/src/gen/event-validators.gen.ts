// This file is generated from schema/openapi.yaml by scripts/generate.ts. Do not edit.
// Ajv standalone code (JSON Schema 2020-12) for event deliveries. Typed in events.gen.ts.
// @ts-nocheck
/* eslint-disable */
import { formats, ucs2length } from '../runtime/formats.js';
"use strict";
export const onImbotV2MessageAddPayload = validate20;
const schema31 = {"$id":"onImbotV2MessageAddPayload","$ref":"contract#/$defs/ImbotV2EventMessageAddDelivery"};
const schema33 = {"type":"object","description":"A webhook delivery of ONIMBOTV2MESSAGEADD: the platform POSTs it as a PHP-style form (see the webhook ONIMBOTV2MESSAGEADD). `data` is the same schema Event.get returns for this event.","required":["event","data","ts","auth"],"additionalProperties":true,"properties":{"event":{"type":"string","const":"ONIMBOTV2MESSAGEADD","description":"The event name, upper case."},"event_handler_id":{"type":"integer","description":"Id of the subscription that delivered it."},"data":{"$ref":"contract#/$defs/ImbotV2EventMessageAddData"},"ts":{"type":"integer","description":"When the queue sent it, in Unix seconds."},"auth":{"$ref":"contract#/$defs/ImbotV2EventAuth"}}};
const schema50 = {"type":"object","required":["application_token"],"additionalProperties":true,"description":"The top-level `auth` of a webhook delivery (api-reference/events/index.md): the portal and the application token. Verify a delivery by comparing application_token with the one saved at install, in constant time (api-reference/events/safe-event-handlers.md); not data.bot.auth. An application also gets OAuth tokens here when the event came from a user; an outgoing webhook only the keys below.","properties":{"application_token":{"type":"string","minLength":1,"description":"Proves the delivery comes from the portal."},"domain":{"type":"string","description":"The portal's host name."},"client_endpoint":{"type":"string","description":"The portal's REST base URL."},"server_endpoint":{"type":"string","description":"The OAuth server's REST base URL."},"member_id":{"type":"string","description":"Id of the portal."},"access_token":{"type":"string","description":"OAuth token of the user behind the event, when there is one."},"expires_in":{"type":"integer","description":"Seconds until access_token expires."},"scope":{"type":"string","description":"The scope of the subscription."},"status":{"type":"string","description":"Application status (L local, F free, D demo, T trial, P paid)."},"refresh_token":{"type":"string","description":"Only with some events (OnAppInstall)."}}};
const schema34 = {"type":"object","description":"`data` of ONIMBOTV2MESSAGEADD (V2/events/events.md). Extra properties are allowed: payloads carry fields the page does not list.","required":["bot","message","chat","user","language"],"additionalProperties":true,"properties":{"bot":{"$ref":"contract#/$defs/ImbotV2EventBot"},"message":{"$ref":"contract#/$defs/Message"},"chat":{"$ref":"contract#/$defs/Chat"},"user":{"$ref":"contract#/$defs/User"},"language":{"$ref":"contract#/$defs/ImbotV2EventLanguage"}},"example":{"bot":{"id":456,"code":"support_bot","type":"bot","isHidden":false,"isSupportOpenline":false,"isReactionsEnabled":true,"backgroundId":null,"language":"en","moduleId":"rest","eventMode":"fetch","countMessage":150,"countCommand":3,"countChat":12,"countUser":45},"message":{"id":789,"chatId":5,"authorId":1,"date":"2025-01-15T10:30:00+02:00","text":"Hello bot!","isSystem":false,"uuid":"","forward":null,"params":{},"viewedByOthers":false},"chat":{"id":5,"dialogId":"chat5","type":"chat","name":"Support Chat","entityType":"","owner":1,"avatar":"","color":"#ab7761"},"user":{"id":1,"active":true,"name":"John Smith","firstName":"John","lastName":"Smith","workPosition":"Developer","color":"#df532d","avatar":"","gender":"M","birthday":"","extranet":false,"bot":false,"connector":false,"externalAuthId":"default","status":"online","idle":false,"lastActivityDate":"2025-01-15T10:29:00+02:00","absent":false,"departments":[1],"phones":false,"type":"employee"},"language":"en"}};
const schema42 = {"type":"object","description":"A chat (entities.md, Chat). Events carry a shorter chat, without role and muteList and without the fields after backgroundId (dateCreate ... public), which only method answers have; so only `id` and `dialogId` are required.","required":["id","dialogId"],"properties":{"id":{"type":"integer","minimum":1,"description":"Chat id."},"dialogId":{"type":"string","description":"The chat's dialogId (`chat5`; a user id for a personal dialog)."},"name":{"type":"string","description":"Title."},"type":{"type":"string","description":"Kind of chat (`chat`, `open`, `channel`, `openChannel`, `copilot`, `thread`, `generalChannel`, ...)."},"messageType":{"type":"string","description":"Internal kind (`C` chat, `O` open, `P` private, ...)."},"owner":{"type":"integer","description":"Id of the owner."},"color":{"type":["string","null"],"description":"Colour as HEX (`#ab7761`), not the colour code used to set it."},"avatar":{"type":"string","description":"Avatar URL, or an empty string."},"description":{"type":"string","description":"Description."},"extranet":{"type":"boolean","description":"Whether extranet users are in the chat."},"role":{"type":"string","description":"The calling bot's role in the chat. Not in events.","enum":["owner","manager","member","guest","none"]},"containsCollaber":{"type":"boolean","description":"Whether collaborators are in the chat."},"muteList":{"type":"array","description":"Ids of users who muted the chat. Not in events.","items":{"type":"integer"}},"entityType":{"type":"string","description":"Kind of linked object (`LINES` for Open Channels, ...), or an empty string."},"entityId":{"type":"string","description":"Id of the linked object, or an empty string."},"entityData1":{"type":"string","description":"Extra data of the linked object (1)."},"entityData2":{"type":"string","description":"Extra data of the linked object (2)."},"entityData3":{"type":"string","description":"Extra data of the linked object (3)."},"entityLink":{"type":"object","description":"Link to the external object."},"diskFolderId":{"type":["integer","null"],"description":"Drive folder of the chat's files."},"permissions":{"type":"object","description":"What the calling bot may do in the chat."},"parentChatId":{"type":["integer","null"],"description":"Parent chat of a thread."},"parentMessageId":{"type":["integer","null"],"description":"Parent message of a thread."},"isNew":{"type":"boolean","description":"Whether the chat was just created."},"textFieldEnabled":{"type":"string","description":"Whether the input field is on, as `Y` or `N` (a string, unlike the v2 booleans; see imbot.v2.Chat.TextField.enabled).","enum":["Y","N"]},"backgroundId":{"type":["string","null"],"description":"Background id, or null."},"dateCreate":{"type":["string","null"],"format":"date-time","description":"Answers only. When the chat was created."},"lastMessageId":{"type":["integer","null"],"description":"Answers only. Id of the last message."},"lastId":{"type":["integer","null"],"description":"Answers only. Id of the last message the bot read."},"managerList":{"type":"array","description":"Answers only. Ids of the chat's managers.","items":{"type":"integer"}},"messageCount":{"type":"integer","description":"Answers only. Number of messages."},"userCounter":{"type":"integer","description":"Answers only. Number of members."},"unreadId":{"type":["integer","null"],"description":"Answers only. First unread message."},"lastMessageViews":{"type":"string","description":"Answers only. Views of the last message, as a JSON text."},"markedId":{"type":["integer","null"],"description":"Answers only. Id of the marked message."},"public":{"description":"Answers only. Public access settings (an empty string when none).","oneOf":[{"type":"object"},{"type":"string"}]}},"example":{"id":5,"dialogId":"chat5","name":"Support Chat","type":"chat","messageType":"C","owner":1,"color":"#ab7761","avatar":"","description":"","extranet":false,"role":"member","containsCollaber":false,"diskFolderId":42,"textFieldEnabled":"Y","backgroundId":null,"dateCreate":"2025-01-10T09:00:00+01:00","lastMessageId":789,"managerList":[1,3],"messageCount":42,"userCounter":5,"unreadId":null}};
const schema49 = {"type":"string","description":"The portal language, e.g. en or de.","example":"en"};
const schema35 = {"description":"The bot an event is for: the full Bot in fetch mode (Event.get), id/code/auth in webhook mode.","anyOf":[{"$ref":"contract#/$defs/Bot"},{"$ref":"contract#/$defs/ImbotV2EventWebhookBot"}]};
const schema36 = {"type":"object","description":"A chat bot (entities.md, Bot). Everyone sees the first eight fields; the owning application also gets moduleId, eventMode and the four counters. Webhook events carry a cut-down bot ({id, code, auth}). The field `appId` was removed (change log BOT-FIX-0501-3).","required":["id","code"],"properties":{"id":{"type":"integer","minimum":1,"description":"Id of the bot's user."},"code":{"type":"string","description":"The bot's code, unique within its application."},"type":{"type":"string","description":"The bot's type (see BotType). `network` is listed here too: bots registered through v1 are visible in v2, and the BOT_INVALID_TYPE text names it.","enum":["bot","supervisor","personal","openline","network"]},"isHidden":{"type":"boolean","description":"Hidden from the contact list."},"isSupportOpenline":{"type":"boolean","description":"Works in Open Channels."},"isReactionsEnabled":{"type":"boolean","description":"Users may react to its messages."},"backgroundId":{"type":["string","null"],"description":"Background of the bot's chat (see BotBackgroundId), or null."},"language":{"type":"string","description":"Default language (`en`, `de`, ...)."},"moduleId":{"type":"string","description":"Owner only. Module the bot belongs to (`rest` for applications)."},"eventMode":{"$ref":"contract#/$defs/EventMode"},"countMessage":{"type":"integer","minimum":0,"description":"Owner only. Number of messages processed."},"countCommand":{"type":"integer","minimum":0,"description":"Owner only. Number of registered commands."},"countChat":{"type":"integer","minimum":0,"description":"Owner only. Number of chats the bot is in."},"countUser":{"type":"integer","minimum":0,"description":"Owner only. Number of distinct users it talked to."}},"example":{"id":456,"code":"support_bot","type":"bot","isHidden":false,"isSupportOpenline":false,"isReactionsEnabled":true,"backgroundId":null,"language":"en","moduleId":"rest","eventMode":"fetch","countMessage":150,"countCommand":3,"countChat":12,"countUser":45}};
const schema37 = {"type":"string","description":"How the bot gets its events: `fetch` (it polls imbot.v2.Event.get; the default) or `webhook` (the portal POSTs each event to `webhookUrl`).","enum":["fetch","webhook"],"default":"fetch","example":"fetch"};

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
const _errs2 = errors;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
validate25.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs2){
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 < 1 || isNaN(data0)){
validate25.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
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
validate25.errors = [{instancePath:instancePath+"/code",schemaPath:"#/properties/code/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate25.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((((data2 === "bot") || (data2 === "supervisor")) || (data2 === "personal")) || (data2 === "openline")) || (data2 === "network"))){
validate25.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema36.properties.type.enum},message:"must be equal to one of the allowed values"}];
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
validate25.errors = [{instancePath:instancePath+"/isHidden",schemaPath:"#/properties/isHidden/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
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
validate25.errors = [{instancePath:instancePath+"/isSupportOpenline",schemaPath:"#/properties/isSupportOpenline/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
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
validate25.errors = [{instancePath:instancePath+"/isReactionsEnabled",schemaPath:"#/properties/isReactionsEnabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
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
validate25.errors = [{instancePath:instancePath+"/backgroundId",schemaPath:"#/properties/backgroundId/type",keyword:"type",params:{type: schema36.properties.backgroundId.type},message:"must be string,null"}];
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
validate25.errors = [{instancePath:instancePath+"/language",schemaPath:"#/properties/language/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate25.errors = [{instancePath:instancePath+"/moduleId",schemaPath:"#/properties/moduleId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs18 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.eventMode !== undefined){
let data9 = data.eventMode;
const _errs20 = errors;
if(typeof data9 !== "string"){
validate25.errors = [{instancePath:instancePath+"/eventMode",schemaPath:"contract#/$defs/EventMode/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((data9 === "fetch") || (data9 === "webhook"))){
validate25.errors = [{instancePath:instancePath+"/eventMode",schemaPath:"contract#/$defs/EventMode/enum",keyword:"enum",params:{allowedValues: schema37.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs20 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.countMessage !== undefined){
let data10 = data.countMessage;
const _errs24 = errors;
if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){
validate25.errors = [{instancePath:instancePath+"/countMessage",schemaPath:"#/properties/countMessage/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs24){
if((typeof data10 == "number") && (isFinite(data10))){
if(data10 < 0 || isNaN(data10)){
validate25.errors = [{instancePath:instancePath+"/countMessage",schemaPath:"#/properties/countMessage/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
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
validate25.errors = [{instancePath:instancePath+"/countCommand",schemaPath:"#/properties/countCommand/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs26){
if((typeof data11 == "number") && (isFinite(data11))){
if(data11 < 0 || isNaN(data11)){
validate25.errors = [{instancePath:instancePath+"/countCommand",schemaPath:"#/properties/countCommand/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
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
validate25.errors = [{instancePath:instancePath+"/countChat",schemaPath:"#/properties/countChat/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs28){
if((typeof data12 == "number") && (isFinite(data12))){
if(data12 < 0 || isNaN(data12)){
validate25.errors = [{instancePath:instancePath+"/countChat",schemaPath:"#/properties/countChat/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
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
validate25.errors = [{instancePath:instancePath+"/countUser",schemaPath:"#/properties/countUser/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs30){
if((typeof data13 == "number") && (isFinite(data13))){
if(data13 < 0 || isNaN(data13)){
validate25.errors = [{instancePath:instancePath+"/countUser",schemaPath:"#/properties/countUser/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
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
validate25.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate25.errors = vErrors;
return errors === 0;
}
validate25.evaluated = {"props":{"id":true,"code":true,"type":true,"isHidden":true,"isSupportOpenline":true,"isReactionsEnabled":true,"backgroundId":true,"language":true,"moduleId":true,"eventMode":true,"countMessage":true,"countCommand":true,"countChat":true,"countUser":true},"dynamicProps":false,"dynamicItems":false};

const schema38 = {"type":"object","required":["id","code"],"description":"The bot as webhook deliveries carry it: only id, code and the OAuth tokens for calls back (V2/events/events.md, bot format). Event.get (fetch mode) carries the full Bot instead.","additionalProperties":true,"properties":{"id":{"$ref":"contract#/$defs/BotId"},"code":{"type":"string","description":"The bot code."},"auth":{"type":"object","additionalProperties":true,"description":"OAuth data for calling back as this bot (access_token, expires, domain, application_token, ...). Verify deliveries with the top-level auth, not this one."}}};
const schema39 = {"type":"integer","minimum":1,"description":"Id of the bot (its user id), as returned by imbot.v2.Bot.register.","example":456};

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
const _errs6 = errors;
if(typeof data.code !== "string"){
validate27.errors = [{instancePath:instancePath+"/code",schemaPath:"#/properties/code/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate27.errors = [{instancePath:instancePath+"/auth",schemaPath:"#/properties/auth/type",keyword:"type",params:{type: "object"},message:"must be object"}];
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

const schema40 = {"type":"object","description":"A message (entities.md, Message). Texts over 20,000 characters are cut and end in ` (...)`. `unread` and `viewed` come only in method answers.","required":["id","chatId"],"properties":{"id":{"type":"integer","minimum":1,"description":"Message id."},"chatId":{"type":"integer","minimum":1,"description":"Id of its chat."},"authorId":{"type":"integer","minimum":0,"description":"Id of the author; 0 for a system message."},"date":{"type":["string","null"],"format":"date-time","description":"When it was written."},"text":{"type":"string","maxLength":20000,"description":"The text (BB codes allowed)."},"isSystem":{"type":"boolean","description":"Whether it is a system message."},"uuid":{"type":"string","description":"Client UUID for de-duplication, or an empty string."},"forward":{"description":"Origin of a forwarded message, or null.","oneOf":[{"$ref":"contract#/$defs/MessageForward"},{"type":"null"}]},"params":{"type":"object","description":"Further data (attach, keyboard, files, ...)."},"viewedByOthers":{"type":"boolean","description":"Whether another member has read it."},"unread":{"type":"boolean","description":"Answers only. Unread for the calling bot."},"viewed":{"type":"boolean","description":"Answers only. Seen by the calling bot."}},"example":{"id":789,"chatId":5,"authorId":1,"date":"2025-01-15T10:30:00+01:00","text":"Hello bot!","isSystem":false,"uuid":"","forward":null,"params":{},"viewedByOthers":false}};
const schema41 = {"type":"object","description":"Where a forwarded message came from.","properties":{"id":{"type":"integer","description":"Id of the original message."},"userId":{"type":"integer","description":"Author of the original message."},"chatId":{"type":"integer","description":"Chat of the original message."},"date":{"type":["string","null"],"description":"When the original was written."}},"example":{"id":700,"userId":1,"chatId":3,"date":"2025-01-14T09:00:00+01:00"}};
const formats0 = formats["date-time"];
const func1 = ucs2length;

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
if(((data.id === undefined) && (missing0 = "id")) || ((data.chatId === undefined) && (missing0 = "chatId"))){
validate30.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.id !== undefined){
let data0 = data.id;
const _errs2 = errors;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
validate30.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs2){
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 < 1 || isNaN(data0)){
validate30.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
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
validate30.errors = [{instancePath:instancePath+"/chatId",schemaPath:"#/properties/chatId/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs4){
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 < 1 || isNaN(data1)){
validate30.errors = [{instancePath:instancePath+"/chatId",schemaPath:"#/properties/chatId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
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
validate30.errors = [{instancePath:instancePath+"/authorId",schemaPath:"#/properties/authorId/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs6){
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 0 || isNaN(data2)){
validate30.errors = [{instancePath:instancePath+"/authorId",schemaPath:"#/properties/authorId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
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
validate30.errors = [{instancePath:instancePath+"/date",schemaPath:"#/properties/date/type",keyword:"type",params:{type: schema40.properties.date.type},message:"must be string,null"}];
return false;
}
if(errors === _errs8){
if(errors === _errs8){
if(typeof data3 === "string"){
if(!(formats0(data3))){
validate30.errors = [{instancePath:instancePath+"/date",schemaPath:"#/properties/date/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
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
validate30.errors = [{instancePath:instancePath+"/text",schemaPath:"#/properties/text/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters"}];
return false;
}
}
else {
validate30.errors = [{instancePath:instancePath+"/text",schemaPath:"#/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate30.errors = [{instancePath:instancePath+"/isSystem",schemaPath:"#/properties/isSystem/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
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
validate30.errors = [{instancePath:instancePath+"/uuid",schemaPath:"#/properties/uuid/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
const err3 = {instancePath:instancePath+"/forward/date",schemaPath:"contract#/$defs/MessageForward/properties/date/type",keyword:"type",params:{type: schema41.properties.date.type},message:"must be string,null"};
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
validate30.errors = vErrors;
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
validate30.errors = [{instancePath:instancePath+"/params",schemaPath:"#/properties/params/type",keyword:"type",params:{type: "object"},message:"must be object"}];
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
validate30.errors = [{instancePath:instancePath+"/viewedByOthers",schemaPath:"#/properties/viewedByOthers/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
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
validate30.errors = [{instancePath:instancePath+"/unread",schemaPath:"#/properties/unread/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
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
validate30.errors = [{instancePath:instancePath+"/viewed",schemaPath:"#/properties/viewed/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
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
validate30.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate30.errors = vErrors;
return errors === 0;
}
validate30.evaluated = {"props":{"id":true,"chatId":true,"authorId":true,"date":true,"text":true,"isSystem":true,"uuid":true,"forward":true,"params":true,"viewedByOthers":true,"unread":true,"viewed":true},"dynamicProps":false,"dynamicItems":false};

const schema43 = {"type":"object","description":"A portal user, as in `user` fields and `users` lists (entities.md, User). In events sent while online, idle, lastActivityDate, mobileLastDate and desktopLastDate are always false. Method pages show shortened users ({id, active, name, bot, type}), so only `id` is required.","required":["id"],"properties":{"id":{"type":"integer","minimum":1,"description":"User id."},"active":{"type":"boolean","description":"Whether the user is active."},"name":{"type":"string","description":"Full name."},"firstName":{"type":"string","description":"First name."},"lastName":{"type":"string","description":"Last name."},"workPosition":{"type":"string","description":"Job title."},"color":{"type":"string","description":"Colour of the avatar placeholder, as HEX (`#df532d`)."},"avatar":{"type":"string","description":"Avatar URL, or an empty string."},"gender":{"type":"string","description":"M or F (an empty string is possible when unknown)."},"birthday":{"type":"string","description":"Birthday, or an empty string. The format varies between pages (`15-03`)."},"extranet":{"type":"boolean","description":"Whether the user is an extranet user."},"bot":{"type":"boolean","description":"Whether the user is a bot."},"connector":{"type":"boolean","description":"Whether the user is an Open Channels connector."},"externalAuthId":{"type":"string","description":"External authorisation type (`default`, `bot`, `email`, `replica`, ...)."},"status":{"type":"string","description":"Status (`online`, `dnd`, ...)."},"idle":{"$ref":"contract#/$defs/DateTimeOrFalse"},"lastActivityDate":{"$ref":"contract#/$defs/DateTimeOrFalse"},"mobileLastDate":{"$ref":"contract#/$defs/DateTimeOrFalse"},"desktopLastDate":{"$ref":"contract#/$defs/DateTimeOrFalse"},"absent":{"$ref":"contract#/$defs/DateTimeOrFalse"},"departments":{"type":"array","description":"Ids of the user's departments.","items":{"type":"integer"}},"phones":{"description":"Phone numbers by kind (`personalPhone`, `workPhone`, ...), or false. entities.md says object or false; bot-register.md says array: both are accepted.","oneOf":[{"type":"object"},{"type":"array"},{"const":false}]},"type":{"type":"string","description":"Kind of user (`employee`, `extranet`, `email`, `collaber`, `bot`)."},"website":{"type":"string","description":"Personal website."},"email":{"type":"string","description":"E-mail address."}},"example":{"id":1,"active":true,"name":"John Smith","firstName":"John","lastName":"Smith","workPosition":"Developer","color":"#df532d","avatar":"","gender":"M","birthday":"","extranet":false,"bot":false,"connector":false,"externalAuthId":"default","status":"online","idle":false,"lastActivityDate":"2025-01-15T10:29:00+01:00","absent":false,"departments":[1,5],"phones":false,"type":"employee","website":"","email":"john@example.com"}};
const schema44 = {"description":"An ISO 8601 date-time, or `false` when there is none.","oneOf":[{"type":"string","format":"date-time"},{"const":false}],"example":"2025-01-15T10:29:00+01:00"};

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
if((data.id === undefined) && (missing0 = "id")){
validate32.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.id !== undefined){
let data0 = data.id;
const _errs2 = errors;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
validate32.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs2){
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 < 1 || isNaN(data0)){
validate32.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
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
validate32.errors = [{instancePath:instancePath+"/active",schemaPath:"#/properties/active/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
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
validate32.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate32.errors = [{instancePath:instancePath+"/firstName",schemaPath:"#/properties/firstName/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate32.errors = [{instancePath:instancePath+"/lastName",schemaPath:"#/properties/lastName/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate32.errors = [{instancePath:instancePath+"/workPosition",schemaPath:"#/properties/workPosition/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate32.errors = [{instancePath:instancePath+"/color",schemaPath:"#/properties/color/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate32.errors = [{instancePath:instancePath+"/avatar",schemaPath:"#/properties/avatar/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate32.errors = [{instancePath:instancePath+"/gender",schemaPath:"#/properties/gender/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate32.errors = [{instancePath:instancePath+"/birthday",schemaPath:"#/properties/birthday/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate32.errors = [{instancePath:instancePath+"/extranet",schemaPath:"#/properties/extranet/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
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
validate32.errors = [{instancePath:instancePath+"/bot",schemaPath:"#/properties/bot/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
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
validate32.errors = [{instancePath:instancePath+"/connector",schemaPath:"#/properties/connector/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
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
validate32.errors = [{instancePath:instancePath+"/externalAuthId",schemaPath:"#/properties/externalAuthId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate32.errors = [{instancePath:instancePath+"/status",schemaPath:"#/properties/status/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate32.errors = vErrors;
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
validate32.errors = vErrors;
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
validate32.errors = vErrors;
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
validate32.errors = vErrors;
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
validate32.errors = vErrors;
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
validate32.errors = [{instancePath:instancePath+"/departments/" + i0,schemaPath:"#/properties/departments/items/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid11 = _errs69 === errors;
if(!valid11){
break;
}
}
}
else {
validate32.errors = [{instancePath:instancePath+"/departments",schemaPath:"#/properties/departments/type",keyword:"type",params:{type: "array"},message:"must be array"}];
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
validate32.errors = vErrors;
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
validate32.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate32.errors = [{instancePath:instancePath+"/website",schemaPath:"#/properties/website/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate32.errors = [{instancePath:instancePath+"/email",schemaPath:"#/properties/email/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate32.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate32.errors = vErrors;
return errors === 0;
}
validate32.evaluated = {"props":{"id":true,"active":true,"name":true,"firstName":true,"lastName":true,"workPosition":true,"color":true,"avatar":true,"gender":true,"birthday":true,"extranet":true,"bot":true,"connector":true,"externalAuthId":true,"status":true,"idle":true,"lastActivityDate":true,"mobileLastDate":true,"desktopLastDate":true,"absent":true,"departments":true,"phones":true,"type":true,"website":true,"email":true},"dynamicProps":false,"dynamicItems":false};


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
if((((((data.bot === undefined) && (missing0 = "bot")) || ((data.message === undefined) && (missing0 = "message"))) || ((data.chat === undefined) && (missing0 = "chat"))) || ((data.user === undefined) && (missing0 = "user"))) || ((data.language === undefined) && (missing0 = "language"))){
validate23.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.bot !== undefined){
const _errs3 = errors;
if(!(validate24(data.bot, {instancePath:instancePath+"/bot",parentData:data,parentDataProperty:"bot",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
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
if(!(validate30(data.message, {instancePath:instancePath+"/message",parentData:data,parentDataProperty:"message",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
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
validate23.errors = [{instancePath:instancePath+"/chat",schemaPath:"contract#/$defs/Chat/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data2.id !== undefined){
let data3 = data2.id;
const _errs9 = errors;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
validate23.errors = [{instancePath:instancePath+"/chat/id",schemaPath:"contract#/$defs/Chat/properties/id/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs9){
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 1 || isNaN(data3)){
validate23.errors = [{instancePath:instancePath+"/chat/id",schemaPath:"contract#/$defs/Chat/properties/id/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
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
validate23.errors = [{instancePath:instancePath+"/chat/dialogId",schemaPath:"contract#/$defs/Chat/properties/dialogId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate23.errors = [{instancePath:instancePath+"/chat/name",schemaPath:"contract#/$defs/Chat/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate23.errors = [{instancePath:instancePath+"/chat/type",schemaPath:"contract#/$defs/Chat/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate23.errors = [{instancePath:instancePath+"/chat/messageType",schemaPath:"contract#/$defs/Chat/properties/messageType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate23.errors = [{instancePath:instancePath+"/chat/owner",schemaPath:"contract#/$defs/Chat/properties/owner/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
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
validate23.errors = [{instancePath:instancePath+"/chat/color",schemaPath:"contract#/$defs/Chat/properties/color/type",keyword:"type",params:{type: schema42.properties.color.type},message:"must be string,null"}];
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
validate23.errors = [{instancePath:instancePath+"/chat/avatar",schemaPath:"contract#/$defs/Chat/properties/avatar/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate23.errors = [{instancePath:instancePath+"/chat/description",schemaPath:"contract#/$defs/Chat/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate23.errors = [{instancePath:instancePath+"/chat/extranet",schemaPath:"contract#/$defs/Chat/properties/extranet/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
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
validate23.errors = [{instancePath:instancePath+"/chat/role",schemaPath:"contract#/$defs/Chat/properties/role/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((((data13 === "owner") || (data13 === "manager")) || (data13 === "member")) || (data13 === "guest")) || (data13 === "none"))){
validate23.errors = [{instancePath:instancePath+"/chat/role",schemaPath:"contract#/$defs/Chat/properties/role/enum",keyword:"enum",params:{allowedValues: schema42.properties.role.enum},message:"must be equal to one of the allowed values"}];
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
validate23.errors = [{instancePath:instancePath+"/chat/containsCollaber",schemaPath:"contract#/$defs/Chat/properties/containsCollaber/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
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
validate23.errors = [{instancePath:instancePath+"/chat/muteList/" + i0,schemaPath:"contract#/$defs/Chat/properties/muteList/items/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid3 = _errs35 === errors;
if(!valid3){
break;
}
}
}
else {
validate23.errors = [{instancePath:instancePath+"/chat/muteList",schemaPath:"contract#/$defs/Chat/properties/muteList/type",keyword:"type",params:{type: "array"},message:"must be array"}];
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
validate23.errors = [{instancePath:instancePath+"/chat/entityType",schemaPath:"contract#/$defs/Chat/properties/entityType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate23.errors = [{instancePath:instancePath+"/chat/entityId",schemaPath:"contract#/$defs/Chat/properties/entityId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate23.errors = [{instancePath:instancePath+"/chat/entityData1",schemaPath:"contract#/$defs/Chat/properties/entityData1/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate23.errors = [{instancePath:instancePath+"/chat/entityData2",schemaPath:"contract#/$defs/Chat/properties/entityData2/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate23.errors = [{instancePath:instancePath+"/chat/entityData3",schemaPath:"contract#/$defs/Chat/properties/entityData3/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate23.errors = [{instancePath:instancePath+"/chat/entityLink",schemaPath:"contract#/$defs/Chat/properties/entityLink/type",keyword:"type",params:{type: "object"},message:"must be object"}];
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
validate23.errors = [{instancePath:instancePath+"/chat/diskFolderId",schemaPath:"contract#/$defs/Chat/properties/diskFolderId/type",keyword:"type",params:{type: schema42.properties.diskFolderId.type},message:"must be integer,null"}];
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
validate23.errors = [{instancePath:instancePath+"/chat/permissions",schemaPath:"contract#/$defs/Chat/properties/permissions/type",keyword:"type",params:{type: "object"},message:"must be object"}];
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
validate23.errors = [{instancePath:instancePath+"/chat/parentChatId",schemaPath:"contract#/$defs/Chat/properties/parentChatId/type",keyword:"type",params:{type: schema42.properties.parentChatId.type},message:"must be integer,null"}];
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
validate23.errors = [{instancePath:instancePath+"/chat/parentMessageId",schemaPath:"contract#/$defs/Chat/properties/parentMessageId/type",keyword:"type",params:{type: schema42.properties.parentMessageId.type},message:"must be integer,null"}];
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
validate23.errors = [{instancePath:instancePath+"/chat/isNew",schemaPath:"contract#/$defs/Chat/properties/isNew/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
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
validate23.errors = [{instancePath:instancePath+"/chat/textFieldEnabled",schemaPath:"contract#/$defs/Chat/properties/textFieldEnabled/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((data28 === "Y") || (data28 === "N"))){
validate23.errors = [{instancePath:instancePath+"/chat/textFieldEnabled",schemaPath:"contract#/$defs/Chat/properties/textFieldEnabled/enum",keyword:"enum",params:{allowedValues: schema42.properties.textFieldEnabled.enum},message:"must be equal to one of the allowed values"}];
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
validate23.errors = [{instancePath:instancePath+"/chat/backgroundId",schemaPath:"contract#/$defs/Chat/properties/backgroundId/type",keyword:"type",params:{type: schema42.properties.backgroundId.type},message:"must be string,null"}];
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
validate23.errors = [{instancePath:instancePath+"/chat/dateCreate",schemaPath:"contract#/$defs/Chat/properties/dateCreate/type",keyword:"type",params:{type: schema42.properties.dateCreate.type},message:"must be string,null"}];
return false;
}
if(errors === _errs63){
if(errors === _errs63){
if(typeof data30 === "string"){
if(!(formats0(data30))){
validate23.errors = [{instancePath:instancePath+"/chat/dateCreate",schemaPath:"contract#/$defs/Chat/properties/dateCreate/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
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
validate23.errors = [{instancePath:instancePath+"/chat/lastMessageId",schemaPath:"contract#/$defs/Chat/properties/lastMessageId/type",keyword:"type",params:{type: schema42.properties.lastMessageId.type},message:"must be integer,null"}];
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
validate23.errors = [{instancePath:instancePath+"/chat/lastId",schemaPath:"contract#/$defs/Chat/properties/lastId/type",keyword:"type",params:{type: schema42.properties.lastId.type},message:"must be integer,null"}];
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
validate23.errors = [{instancePath:instancePath+"/chat/managerList/" + i1,schemaPath:"contract#/$defs/Chat/properties/managerList/items/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid4 = _errs71 === errors;
if(!valid4){
break;
}
}
}
else {
validate23.errors = [{instancePath:instancePath+"/chat/managerList",schemaPath:"contract#/$defs/Chat/properties/managerList/type",keyword:"type",params:{type: "array"},message:"must be array"}];
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
validate23.errors = [{instancePath:instancePath+"/chat/messageCount",schemaPath:"contract#/$defs/Chat/properties/messageCount/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
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
validate23.errors = [{instancePath:instancePath+"/chat/userCounter",schemaPath:"contract#/$defs/Chat/properties/userCounter/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
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
validate23.errors = [{instancePath:instancePath+"/chat/unreadId",schemaPath:"contract#/$defs/Chat/properties/unreadId/type",keyword:"type",params:{type: schema42.properties.unreadId.type},message:"must be integer,null"}];
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
validate23.errors = [{instancePath:instancePath+"/chat/lastMessageViews",schemaPath:"contract#/$defs/Chat/properties/lastMessageViews/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate23.errors = [{instancePath:instancePath+"/chat/markedId",schemaPath:"contract#/$defs/Chat/properties/markedId/type",keyword:"type",params:{type: schema42.properties.markedId.type},message:"must be integer,null"}];
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
validate23.errors = vErrors;
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
validate23.errors = [{instancePath:instancePath+"/chat",schemaPath:"contract#/$defs/Chat/type",keyword:"type",params:{type: "object"},message:"must be object"}];
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
if(!(validate32(data.user, {instancePath:instancePath+"/user",parentData:data,parentDataProperty:"user",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
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
validate23.errors = [{instancePath:instancePath+"/language",schemaPath:"contract#/$defs/ImbotV2EventLanguage/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate23.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate23.errors = vErrors;
return errors === 0;
}
validate23.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


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
if("ONIMBOTV2MESSAGEADD" !== data0){
validate22.errors = [{instancePath:instancePath+"/event",schemaPath:"#/properties/event/const",keyword:"const",params:{allowedValue: "ONIMBOTV2MESSAGEADD"},message:"must be equal to constant"}];
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
/*# sourceURL="onImbotV2MessageAddPayload" */;
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

export const onImbotV2MessageUpdatePayload = validate36;
const schema51 = {"$id":"onImbotV2MessageUpdatePayload","$ref":"contract#/$defs/ImbotV2EventMessageUpdateDelivery"};
const schema52 = {"type":"object","description":"A webhook delivery of ONIMBOTV2MESSAGEUPDATE: the platform POSTs it as a PHP-style form (see the webhook ONIMBOTV2MESSAGEUPDATE). `data` is the same schema Event.get returns for this event.","required":["event","data","ts","auth"],"additionalProperties":true,"properties":{"event":{"type":"string","const":"ONIMBOTV2MESSAGEUPDATE","description":"The event name, upper case."},"event_handler_id":{"type":"integer","description":"Id of the subscription that delivered it."},"data":{"$ref":"contract#/$defs/ImbotV2EventMessageUpdateData"},"ts":{"type":"integer","description":"When the queue sent it, in Unix seconds."},"auth":{"$ref":"contract#/$defs/ImbotV2EventAuth"}}};
const schema53 = {"type":"object","description":"`data` of ONIMBOTV2MESSAGEUPDATE (V2/events/events.md). Extra properties are allowed: payloads carry fields the page does not list.","required":["bot","message","chat","user","language"],"additionalProperties":true,"properties":{"bot":{"$ref":"contract#/$defs/ImbotV2EventBot"},"message":{"$ref":"contract#/$defs/Message"},"chat":{"$ref":"contract#/$defs/Chat"},"user":{"$ref":"contract#/$defs/User"},"language":{"$ref":"contract#/$defs/ImbotV2EventLanguage"}},"example":{"bot":{"id":456,"code":"support_bot","type":"bot","isHidden":false,"isSupportOpenline":false,"isReactionsEnabled":true,"backgroundId":null,"language":"en","moduleId":"rest","eventMode":"fetch","countMessage":150,"countCommand":3,"countChat":12,"countUser":45},"message":{"id":789,"chatId":5,"authorId":1,"date":"2025-01-15T10:30:00+02:00","text":"Hello bot! (edited)","isSystem":false,"uuid":"","forward":null,"params":{},"viewedByOthers":false},"chat":{"id":5,"dialogId":"chat5","type":"chat","name":"Support Chat","entityType":"","owner":1,"avatar":"","color":"#ab7761"},"user":{"id":1,"active":true,"name":"John Smith","firstName":"John","lastName":"Smith","workPosition":"Developer","color":"#df532d","avatar":"","gender":"M","birthday":"","extranet":false,"bot":false,"connector":false,"externalAuthId":"default","status":"online","idle":false,"lastActivityDate":"2025-01-15T10:29:00+02:00","absent":false,"departments":[1],"phones":false,"type":"employee"},"language":"en"}};

function validate38(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate38.evaluated;
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
validate38.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.bot !== undefined){
const _errs3 = errors;
if(!(validate24(data.bot, {instancePath:instancePath+"/bot",parentData:data,parentDataProperty:"bot",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
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
if(!(validate30(data.message, {instancePath:instancePath+"/message",parentData:data,parentDataProperty:"message",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
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
validate38.errors = [{instancePath:instancePath+"/chat",schemaPath:"contract#/$defs/Chat/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data2.id !== undefined){
let data3 = data2.id;
const _errs9 = errors;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
validate38.errors = [{instancePath:instancePath+"/chat/id",schemaPath:"contract#/$defs/Chat/properties/id/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs9){
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 1 || isNaN(data3)){
validate38.errors = [{instancePath:instancePath+"/chat/id",schemaPath:"contract#/$defs/Chat/properties/id/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
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
validate38.errors = [{instancePath:instancePath+"/chat/dialogId",schemaPath:"contract#/$defs/Chat/properties/dialogId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate38.errors = [{instancePath:instancePath+"/chat/name",schemaPath:"contract#/$defs/Chat/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate38.errors = [{instancePath:instancePath+"/chat/type",schemaPath:"contract#/$defs/Chat/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate38.errors = [{instancePath:instancePath+"/chat/messageType",schemaPath:"contract#/$defs/Chat/properties/messageType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate38.errors = [{instancePath:instancePath+"/chat/owner",schemaPath:"contract#/$defs/Chat/properties/owner/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
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
validate38.errors = [{instancePath:instancePath+"/chat/color",schemaPath:"contract#/$defs/Chat/properties/color/type",keyword:"type",params:{type: schema42.properties.color.type},message:"must be string,null"}];
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
validate38.errors = [{instancePath:instancePath+"/chat/avatar",schemaPath:"contract#/$defs/Chat/properties/avatar/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate38.errors = [{instancePath:instancePath+"/chat/description",schemaPath:"contract#/$defs/Chat/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate38.errors = [{instancePath:instancePath+"/chat/extranet",schemaPath:"contract#/$defs/Chat/properties/extranet/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
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
validate38.errors = [{instancePath:instancePath+"/chat/role",schemaPath:"contract#/$defs/Chat/properties/role/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((((data13 === "owner") || (data13 === "manager")) || (data13 === "member")) || (data13 === "guest")) || (data13 === "none"))){
validate38.errors = [{instancePath:instancePath+"/chat/role",schemaPath:"contract#/$defs/Chat/properties/role/enum",keyword:"enum",params:{allowedValues: schema42.properties.role.enum},message:"must be equal to one of the allowed values"}];
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
validate38.errors = [{instancePath:instancePath+"/chat/containsCollaber",schemaPath:"contract#/$defs/Chat/properties/containsCollaber/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
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
validate38.errors = [{instancePath:instancePath+"/chat/muteList/" + i0,schemaPath:"contract#/$defs/Chat/properties/muteList/items/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid3 = _errs35 === errors;
if(!valid3){
break;
}
}
}
else {
validate38.errors = [{instancePath:instancePath+"/chat/muteList",schemaPath:"contract#/$defs/Chat/properties/muteList/type",keyword:"type",params:{type: "array"},message:"must be array"}];
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
validate38.errors = [{instancePath:instancePath+"/chat/entityType",schemaPath:"contract#/$defs/Chat/properties/entityType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate38.errors = [{instancePath:instancePath+"/chat/entityId",schemaPath:"contract#/$defs/Chat/properties/entityId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate38.errors = [{instancePath:instancePath+"/chat/entityData1",schemaPath:"contract#/$defs/Chat/properties/entityData1/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate38.errors = [{instancePath:instancePath+"/chat/entityData2",schemaPath:"contract#/$defs/Chat/properties/entityData2/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate38.errors = [{instancePath:instancePath+"/chat/entityData3",schemaPath:"contract#/$defs/Chat/properties/entityData3/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate38.errors = [{instancePath:instancePath+"/chat/entityLink",schemaPath:"contract#/$defs/Chat/properties/entityLink/type",keyword:"type",params:{type: "object"},message:"must be object"}];
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
validate38.errors = [{instancePath:instancePath+"/chat/diskFolderId",schemaPath:"contract#/$defs/Chat/properties/diskFolderId/type",keyword:"type",params:{type: schema42.properties.diskFolderId.type},message:"must be integer,null"}];
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
validate38.errors = [{instancePath:instancePath+"/chat/permissions",schemaPath:"contract#/$defs/Chat/properties/permissions/type",keyword:"type",params:{type: "object"},message:"must be object"}];
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
validate38.errors = [{instancePath:instancePath+"/chat/parentChatId",schemaPath:"contract#/$defs/Chat/properties/parentChatId/type",keyword:"type",params:{type: schema42.properties.parentChatId.type},message:"must be integer,null"}];
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
validate38.errors = [{instancePath:instancePath+"/chat/parentMessageId",schemaPath:"contract#/$defs/Chat/properties/parentMessageId/type",keyword:"type",params:{type: schema42.properties.parentMessageId.type},message:"must be integer,null"}];
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
validate38.errors = [{instancePath:instancePath+"/chat/isNew",schemaPath:"contract#/$defs/Chat/properties/isNew/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
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
validate38.errors = [{instancePath:instancePath+"/chat/textFieldEnabled",schemaPath:"contract#/$defs/Chat/properties/textFieldEnabled/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((data28 === "Y") || (data28 === "N"))){
validate38.errors = [{instancePath:instancePath+"/chat/textFieldEnabled",schemaPath:"contract#/$defs/Chat/properties/textFieldEnabled/enum",keyword:"enum",params:{allowedValues: schema42.properties.textFieldEnabled.enum},message:"must be equal to one of the allowed values"}];
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
validate38.errors = [{instancePath:instancePath+"/chat/backgroundId",schemaPath:"contract#/$defs/Chat/properties/backgroundId/type",keyword:"type",params:{type: schema42.properties.backgroundId.type},message:"must be string,null"}];
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
validate38.errors = [{instancePath:instancePath+"/chat/dateCreate",schemaPath:"contract#/$defs/Chat/properties/dateCreate/type",keyword:"type",params:{type: schema42.properties.dateCreate.type},message:"must be string,null"}];
return false;
}
if(errors === _errs63){
if(errors === _errs63){
if(typeof data30 === "string"){
if(!(formats0(data30))){
validate38.errors = [{instancePath:instancePath+"/chat/dateCreate",schemaPath:"contract#/$defs/Chat/properties/dateCreate/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
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
validate38.errors = [{instancePath:instancePath+"/chat/lastMessageId",schemaPath:"contract#/$defs/Chat/properties/lastMessageId/type",keyword:"type",params:{type: schema42.properties.lastMessageId.type},message:"must be integer,null"}];
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
validate38.errors = [{instancePath:instancePath+"/chat/lastId",schemaPath:"contract#/$defs/Chat/properties/lastId/type",keyword:"type",params:{type: schema42.properties.lastId.type},message:"must be integer,null"}];
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
validate38.errors = [{instancePath:instancePath+"/chat/managerList/" + i1,schemaPath:"contract#/$defs/Chat/properties/managerList/items/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid4 = _errs71 === errors;
if(!valid4){
break;
}
}
}
else {
validate38.errors = [{instancePath:instancePath+"/chat/managerList",schemaPath:"contract#/$defs/Chat/properties/managerList/type",keyword:"type",params:{type: "array"},message:"must be array"}];
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
validate38.errors = [{instancePath:instancePath+"/chat/messageCount",schemaPath:"contract#/$defs/Chat/properties/messageCount/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
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
validate38.errors = [{instancePath:instancePath+"/chat/userCounter",schemaPath:"contract#/$defs/Chat/properties/userCounter/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
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
validate38.errors = [{instancePath:instancePath+"/chat/unreadId",schemaPath:"contract#/$defs/Chat/properties/unreadId/type",keyword:"type",params:{type: schema42.properties.unreadId.type},message:"must be integer,null"}];
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
validate38.errors = [{instancePath:instancePath+"/chat/lastMessageViews",schemaPath:"contract#/$defs/Chat/properties/lastMessageViews/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate38.errors = [{instancePath:instancePath+"/chat/markedId",schemaPath:"contract#/$defs/Chat/properties/markedId/type",keyword:"type",params:{type: schema42.properties.markedId.type},message:"must be integer,null"}];
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
validate38.errors = vErrors;
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
validate38.errors = [{instancePath:instancePath+"/chat",schemaPath:"contract#/$defs/Chat/type",keyword:"type",params:{type: "object"},message:"must be object"}];
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
if(!(validate32(data.user, {instancePath:instancePath+"/user",parentData:data,parentDataProperty:"user",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
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
validate38.errors = [{instancePath:instancePath+"/language",schemaPath:"contract#/$defs/ImbotV2EventLanguage/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate38.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate38.errors = vErrors;
return errors === 0;
}
validate38.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


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
if(((((data.event === undefined) && (missing0 = "event")) || ((data.data === undefined) && (missing0 = "data"))) || ((data.ts === undefined) && (missing0 = "ts"))) || ((data.auth === undefined) && (missing0 = "auth"))){
validate37.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.event !== undefined){
let data0 = data.event;
const _errs2 = errors;
if(typeof data0 !== "string"){
validate37.errors = [{instancePath:instancePath+"/event",schemaPath:"#/properties/event/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if("ONIMBOTV2MESSAGEUPDATE" !== data0){
validate37.errors = [{instancePath:instancePath+"/event",schemaPath:"#/properties/event/const",keyword:"const",params:{allowedValue: "ONIMBOTV2MESSAGEUPDATE"},message:"must be equal to constant"}];
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
validate37.errors = [{instancePath:instancePath+"/event_handler_id",schemaPath:"#/properties/event_handler_id/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
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
if(!(validate38(data.data, {instancePath:instancePath+"/data",parentData:data,parentDataProperty:"data",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate38.errors : vErrors.concat(validate38.errors);
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
validate37.errors = [{instancePath:instancePath+"/ts",schemaPath:"#/properties/ts/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
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
validate37.errors = [{instancePath:instancePath+"/auth",schemaPath:"contract#/$defs/ImbotV2EventAuth/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data4.application_token !== undefined){
let data5 = data4.application_token;
const _errs13 = errors;
if(errors === _errs13){
if(typeof data5 === "string"){
if(func1(data5) < 1){
validate37.errors = [{instancePath:instancePath+"/auth/application_token",schemaPath:"contract#/$defs/ImbotV2EventAuth/properties/application_token/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate37.errors = [{instancePath:instancePath+"/auth/application_token",schemaPath:"contract#/$defs/ImbotV2EventAuth/properties/application_token/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate37.errors = [{instancePath:instancePath+"/auth/domain",schemaPath:"contract#/$defs/ImbotV2EventAuth/properties/domain/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate37.errors = [{instancePath:instancePath+"/auth/client_endpoint",schemaPath:"contract#/$defs/ImbotV2EventAuth/properties/client_endpoint/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate37.errors = [{instancePath:instancePath+"/auth/server_endpoint",schemaPath:"contract#/$defs/ImbotV2EventAuth/properties/server_endpoint/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate37.errors = [{instancePath:instancePath+"/auth/member_id",schemaPath:"contract#/$defs/ImbotV2EventAuth/properties/member_id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate37.errors = [{instancePath:instancePath+"/auth/access_token",schemaPath:"contract#/$defs/ImbotV2EventAuth/properties/access_token/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate37.errors = [{instancePath:instancePath+"/auth/expires_in",schemaPath:"contract#/$defs/ImbotV2EventAuth/properties/expires_in/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
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
validate37.errors = [{instancePath:instancePath+"/auth/scope",schemaPath:"contract#/$defs/ImbotV2EventAuth/properties/scope/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate37.errors = [{instancePath:instancePath+"/auth/status",schemaPath:"contract#/$defs/ImbotV2EventAuth/properties/status/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate37.errors = [{instancePath:instancePath+"/auth/refresh_token",schemaPath:"contract#/$defs/ImbotV2EventAuth/properties/refresh_token/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate37.errors = [{instancePath:instancePath+"/auth",schemaPath:"contract#/$defs/ImbotV2EventAuth/type",keyword:"type",params:{type: "object"},message:"must be object"}];
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
validate37.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate37.errors = vErrors;
return errors === 0;
}
validate37.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate36(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="onImbotV2MessageUpdatePayload" */;
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
validate36.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const onImbotV2MessageDeletePayload = validate44;
const schema57 = {"$id":"onImbotV2MessageDeletePayload","$ref":"contract#/$defs/ImbotV2EventMessageDeleteDelivery"};
const schema58 = {"type":"object","description":"A webhook delivery of ONIMBOTV2MESSAGEDELETE: the platform POSTs it as a PHP-style form (see the webhook ONIMBOTV2MESSAGEDELETE). `data` is the same schema Event.get returns for this event.","required":["event","data","ts","auth"],"additionalProperties":true,"properties":{"event":{"type":"string","const":"ONIMBOTV2MESSAGEDELETE","description":"The event name, upper case."},"event_handler_id":{"type":"integer","description":"Id of the subscription that delivered it."},"data":{"$ref":"contract#/$defs/ImbotV2EventMessageDeleteData"},"ts":{"type":"integer","description":"When the queue sent it, in Unix seconds."},"auth":{"$ref":"contract#/$defs/ImbotV2EventAuth"}}};
const schema59 = {"type":"object","description":"`data` of ONIMBOTV2MESSAGEDELETE (V2/events/events.md). Extra properties are allowed: payloads carry fields the page does not list.","required":["bot","messageId","chat","user","language"],"additionalProperties":true,"properties":{"bot":{"$ref":"contract#/$defs/ImbotV2EventBot"},"messageId":{"$ref":"contract#/$defs/MessageId"},"chat":{"$ref":"contract#/$defs/Chat"},"user":{"$ref":"contract#/$defs/User"},"language":{"$ref":"contract#/$defs/ImbotV2EventLanguage"}},"example":{"bot":{"id":456,"code":"support_bot","type":"bot","isHidden":false,"isSupportOpenline":false,"isReactionsEnabled":true,"backgroundId":null,"language":"en","moduleId":"rest","eventMode":"fetch","countMessage":150,"countCommand":3,"countChat":12,"countUser":45},"messageId":789,"chat":{"id":5,"dialogId":"chat5","type":"chat","name":"Support Chat","entityType":"","owner":1,"avatar":"","color":"#ab7761"},"user":{"id":1,"active":true,"name":"John Smith","firstName":"John","lastName":"Smith","workPosition":"Developer","color":"#df532d","avatar":"","gender":"M","birthday":"","extranet":false,"bot":false,"connector":false,"externalAuthId":"default","status":"online","idle":false,"lastActivityDate":"2025-01-15T10:29:00+02:00","absent":false,"departments":[1],"phones":false,"type":"employee"},"language":"en"}};
const schema60 = {"type":"integer","minimum":1,"description":"Id of a message.","example":789};

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
if((((((data.bot === undefined) && (missing0 = "bot")) || ((data.messageId === undefined) && (missing0 = "messageId"))) || ((data.chat === undefined) && (missing0 = "chat"))) || ((data.user === undefined) && (missing0 = "user"))) || ((data.language === undefined) && (missing0 = "language"))){
validate46.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.bot !== undefined){
const _errs3 = errors;
if(!(validate24(data.bot, {instancePath:instancePath+"/bot",parentData:data,parentDataProperty:"bot",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
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
validate46.errors = [{instancePath:instancePath+"/messageId",schemaPath:"contract#/$defs/MessageId/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs5){
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 < 1 || isNaN(data1)){
validate46.errors = [{instancePath:instancePath+"/messageId",schemaPath:"contract#/$defs/MessageId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
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
validate46.errors = [{instancePath:instancePath+"/chat",schemaPath:"contract#/$defs/Chat/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data2.id !== undefined){
let data3 = data2.id;
const _errs12 = errors;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
validate46.errors = [{instancePath:instancePath+"/chat/id",schemaPath:"contract#/$defs/Chat/properties/id/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs12){
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 1 || isNaN(data3)){
validate46.errors = [{instancePath:instancePath+"/chat/id",schemaPath:"contract#/$defs/Chat/properties/id/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
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
validate46.errors = [{instancePath:instancePath+"/chat/dialogId",schemaPath:"contract#/$defs/Chat/properties/dialogId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate46.errors = [{instancePath:instancePath+"/chat/name",schemaPath:"contract#/$defs/Chat/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate46.errors = [{instancePath:instancePath+"/chat/type",schemaPath:"contract#/$defs/Chat/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate46.errors = [{instancePath:instancePath+"/chat/messageType",schemaPath:"contract#/$defs/Chat/properties/messageType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate46.errors = [{instancePath:instancePath+"/chat/owner",schemaPath:"contract#/$defs/Chat/properties/owner/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
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
validate46.errors = [{instancePath:instancePath+"/chat/color",schemaPath:"contract#/$defs/Chat/properties/color/type",keyword:"type",params:{type: schema42.properties.color.type},message:"must be string,null"}];
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
validate46.errors = [{instancePath:instancePath+"/chat/avatar",schemaPath:"contract#/$defs/Chat/properties/avatar/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate46.errors = [{instancePath:instancePath+"/chat/description",schemaPath:"contract#/$defs/Chat/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate46.errors = [{instancePath:instancePath+"/chat/extranet",schemaPath:"contract#/$defs/Chat/properties/extranet/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
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
validate46.errors = [{instancePath:instancePath+"/chat/role",schemaPath:"contract#/$defs/Chat/properties/role/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((((data13 === "owner") || (data13 === "manager")) || (data13 === "member")) || (data13 === "guest")) || (data13 === "none"))){
validate46.errors = [{instancePath:instancePath+"/chat/role",schemaPath:"contract#/$defs/Chat/properties/role/enum",keyword:"enum",params:{allowedValues: schema42.properties.role.enum},message:"must be equal to one of the allowed values"}];
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
validate46.errors = [{instancePath:instancePath+"/chat/containsCollaber",schemaPath:"contract#/$defs/Chat/properties/containsCollaber/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
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
validate46.errors = [{instancePath:instancePath+"/chat/muteList/" + i0,schemaPath:"contract#/$defs/Chat/properties/muteList/items/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid4 = _errs38 === errors;
if(!valid4){
break;
}
}
}
else {
validate46.errors = [{instancePath:instancePath+"/chat/muteList",schemaPath:"contract#/$defs/Chat/properties/muteList/type",keyword:"type",params:{type: "array"},message:"must be array"}];
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
validate46.errors = [{instancePath:instancePath+"/chat/entityType",schemaPath:"contract#/$defs/Chat/properties/entityType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate46.errors = [{instancePath:instancePath+"/chat/entityId",schemaPath:"contract#/$defs/Chat/properties/entityId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate46.errors = [{instancePath:instancePath+"/chat/entityData1",schemaPath:"contract#/$defs/Chat/properties/entityData1/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate46.errors = [{instancePath:instancePath+"/chat/entityData2",schemaPath:"contract#/$defs/Chat/properties/entityData2/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate46.errors = [{instancePath:instancePath+"/chat/entityData3",schemaPath:"contract#/$defs/Chat/properties/entityData3/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate46.errors = [{instancePath:instancePath+"/chat/entityLink",schemaPath:"contract#/$defs/Chat/properties/entityLink/type",keyword:"type",params:{type: "object"},message:"must be object"}];
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
validate46.errors = [{instancePath:instancePath+"/chat/diskFolderId",schemaPath:"contract#/$defs/Chat/properties/diskFolderId/type",keyword:"type",params:{type: schema42.properties.diskFolderId.type},message:"must be integer,null"}];
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
validate46.errors = [{instancePath:instancePath+"/chat/permissions",schemaPath:"contract#/$defs/Chat/properties/permissions/type",keyword:"type",params:{type: "object"},message:"must be object"}];
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
validate46.errors = [{instancePath:instancePath+"/chat/parentChatId",schemaPath:"contract#/$defs/Chat/properties/parentChatId/type",keyword:"type",params:{type: schema42.properties.parentChatId.type},message:"must be integer,null"}];
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
validate46.errors = [{instancePath:instancePath+"/chat/parentMessageId",schemaPath:"contract#/$defs/Chat/properties/parentMessageId/type",keyword:"type",params:{type: schema42.properties.parentMessageId.type},message:"must be integer,null"}];
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
validate46.errors = [{instancePath:instancePath+"/chat/isNew",schemaPath:"contract#/$defs/Chat/properties/isNew/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
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
validate46.errors = [{instancePath:instancePath+"/chat/textFieldEnabled",schemaPath:"contract#/$defs/Chat/properties/textFieldEnabled/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((data28 === "Y") || (data28 === "N"))){
validate46.errors = [{instancePath:instancePath+"/chat/textFieldEnabled",schemaPath:"contract#/$defs/Chat/properties/textFieldEnabled/enum",keyword:"enum",params:{allowedValues: schema42.properties.textFieldEnabled.enum},message:"must be equal to one of the allowed values"}];
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
validate46.errors = [{instancePath:instancePath+"/chat/backgroundId",schemaPath:"contract#/$defs/Chat/properties/backgroundId/type",keyword:"type",params:{type: schema42.properties.backgroundId.type},message:"must be string,null"}];
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
validate46.errors = [{instancePath:instancePath+"/chat/dateCreate",schemaPath:"contract#/$defs/Chat/properties/dateCreate/type",keyword:"type",params:{type: schema42.properties.dateCreate.type},message:"must be string,null"}];
return false;
}
if(errors === _errs66){
if(errors === _errs66){
if(typeof data30 === "string"){
if(!(formats0(data30))){
validate46.errors = [{instancePath:instancePath+"/chat/dateCreate",schemaPath:"contract#/$defs/Chat/properties/dateCreate/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
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
validate46.errors = [{instancePath:instancePath+"/chat/lastMessageId",schemaPath:"contract#/$defs/Chat/properties/lastMessageId/type",keyword:"type",params:{type: schema42.properties.lastMessageId.type},message:"must be integer,null"}];
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
validate46.errors = [{instancePath:instancePath+"/chat/lastId",schemaPath:"contract#/$defs/Chat/properties/lastId/type",keyword:"type",params:{type: schema42.properties.lastId.type},message:"must be integer,null"}];
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
validate46.errors = [{instancePath:instancePath+"/chat/managerList/" + i1,schemaPath:"contract#/$defs/Chat/properties/managerList/items/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid5 = _errs74 === errors;
if(!valid5){
break;
}
}
}
else {
validate46.errors = [{instancePath:instancePath+"/chat/managerList",schemaPath:"contract#/$defs/Chat/properties/managerList/type",keyword:"type",params:{type: "array"},message:"must be array"}];
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
validate46.errors = [{instancePath:instancePath+"/chat/messageCount",schemaPath:"contract#/$defs/Chat/properties/messageCount/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
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
validate46.errors = [{instancePath:instancePath+"/chat/userCounter",schemaPath:"contract#/$defs/Chat/properties/userCounter/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
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
validate46.errors = [{instancePath:instancePath+"/chat/unreadId",schemaPath:"contract#/$defs/Chat/properties/unreadId/type",keyword:"type",params:{type: schema42.properties.unreadId.type},message:"must be integer,null"}];
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
validate46.errors = [{instancePath:instancePath+"/chat/lastMessageViews",schemaPath:"contract#/$defs/Chat/properties/lastMessageViews/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate46.errors = [{instancePath:instancePath+"/chat/markedId",schemaPath:"contract#/$defs/Chat/properties/markedId/type",keyword:"type",params:{type: schema42.properties.markedId.type},message:"must be integer,null"}];
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
validate46.errors = vErrors;
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
validate46.errors = [{instancePath:instancePath+"/chat",schemaPath:"contract#/$defs/Chat/type",keyword:"type",params:{type: "object"},message:"must be object"}];
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
if(!(validate32(data.user, {instancePath:instancePath+"/user",parentData:data,parentDataProperty:"user",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
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
validate46.errors = [{instancePath:instancePath+"/language",schemaPath:"contract#/$defs/ImbotV2EventLanguage/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate46.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate46.errors = vErrors;
return errors === 0;
}
validate46.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate45(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate45.evaluated;
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
validate45.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.event !== undefined){
let data0 = data.event;
const _errs2 = errors;
if(typeof data0 !== "string"){
validate45.errors = [{instancePath:instancePath+"/event",schemaPath:"#/properties/event/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if("ONIMBOTV2MESSAGEDELETE" !== data0){
validate45.errors = [{instancePath:instancePath+"/event",schemaPath:"#/properties/event/const",keyword:"const",params:{allowedValue: "ONIMBOTV2MESSAGEDELETE"},message:"must be equal to constant"}];
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
validate45.errors = [{instancePath:instancePath+"/event_handler_id",schemaPath:"#/properties/event_handler_id/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
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
if(!(validate46(data.data, {instancePath:instancePath+"/data",parentData:data,parentDataProperty:"data",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
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
validate45.errors = [{instancePath:instancePath+"/ts",schemaPath:"#/properties/ts/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
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
validate45.errors = [{instancePath:instancePath+"/auth",schemaPath:"contract#/$defs/ImbotV2EventAuth/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data4.application_token !== undefined){
let data5 = data4.application_token;
const _errs13 = errors;
if(errors === _errs13){
if(typeof data5 === "string"){
if(func1(data5) < 1){
validate45.errors = [{instancePath:instancePath+"/auth/application_token",schemaPath:"contract#/$defs/ImbotV2EventAuth/properties/application_token/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate45.errors = [{instancePath:instancePath+"/auth/application_token",schemaPath:"contract#/$defs/ImbotV2EventAuth/properties/application_token/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate45.errors = [{instancePath:instancePath+"/auth/domain",schemaPath:"contract#/$defs/ImbotV2EventAuth/properties/domain/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate45.errors = [{instancePath:instancePath+"/auth/client_endpoint",schemaPath:"contract#/$defs/ImbotV2EventAuth/properties/client_endpoint/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate45.errors = [{instancePath:instancePath+"/auth/server_endpoint",schemaPath:"contract#/$defs/ImbotV2EventAuth/properties/server_endpoint/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate45.errors = [{instancePath:instancePath+"/auth/member_id",schemaPath:"contract#/$defs/ImbotV2EventAuth/properties/member_id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate45.errors = [{instancePath:instancePath+"/auth/access_token",schemaPath:"contract#/$defs/ImbotV2EventAuth/properties/access_token/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate45.errors = [{instancePath:instancePath+"/auth/expires_in",schemaPath:"contract#/$defs/ImbotV2EventAuth/properties/expires_in/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
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
validate45.errors = [{instancePath:instancePath+"/auth/scope",schemaPath:"contract#/$defs/ImbotV2EventAuth/properties/scope/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate45.errors = [{instancePath:instancePath+"/auth/status",schemaPath:"contract#/$defs/ImbotV2EventAuth/properties/status/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate45.errors = [{instancePath:instancePath+"/auth/refresh_token",schemaPath:"contract#/$defs/ImbotV2EventAuth/properties/refresh_token/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate45.errors = [{instancePath:instancePath+"/auth",schemaPath:"contract#/$defs/ImbotV2EventAuth/type",keyword:"type",params:{type: "object"},message:"must be object"}];
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
validate45.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate45.errors = vErrors;
return errors === 0;
}
validate45.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate44(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="onImbotV2MessageDeletePayload" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate44.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate45(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate45.errors : vErrors.concat(validate45.errors);
errors = vErrors.length;
}
validate44.errors = vErrors;
return errors === 0;
}
validate44.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const onImbotV2JoinChatPayload = validate51;
const schema64 = {"$id":"onImbotV2JoinChatPayload","$ref":"contract#/$defs/ImbotV2EventJoinChatDelivery"};
const schema65 = {"type":"object","description":"A webhook delivery of ONIMBOTV2JOINCHAT: the platform POSTs it as a PHP-style form (see the webhook ONIMBOTV2JOINCHAT). `data` is the same schema Event.get returns for this event.","required":["event","data","ts","auth"],"additionalProperties":true,"properties":{"event":{"type":"string","const":"ONIMBOTV2JOINCHAT","description":"The event name, upper case."},"event_handler_id":{"type":"integer","description":"Id of the subscription that delivered it."},"data":{"$ref":"contract#/$defs/ImbotV2EventJoinChatData"},"ts":{"type":"integer","description":"When the queue sent it, in Unix seconds."},"auth":{"$ref":"contract#/$defs/ImbotV2EventAuth"}}};
const schema66 = {"type":"object","description":"`data` of ONIMBOTV2JOINCHAT (V2/events/events.md). Extra properties are allowed: payloads carry fields the page does not list.","required":["bot","dialogId","chat","user","language"],"additionalProperties":true,"properties":{"bot":{"$ref":"contract#/$defs/ImbotV2EventBot"},"dialogId":{"$ref":"contract#/$defs/DialogId"},"chat":{"$ref":"contract#/$defs/Chat"},"user":{"$ref":"contract#/$defs/User"},"language":{"$ref":"contract#/$defs/ImbotV2EventLanguage"}},"example":{"bot":{"id":456,"code":"support_bot","type":"bot","isHidden":false,"isSupportOpenline":false,"isReactionsEnabled":true,"backgroundId":null,"language":"en","moduleId":"rest","eventMode":"fetch","countMessage":150,"countCommand":3,"countChat":12,"countUser":45},"dialogId":"chat5","chat":{"id":5,"dialogId":"chat5","type":"chat","name":"Project Chat","entityType":"","owner":1,"avatar":"","color":"#ab7761"},"user":{"id":1,"active":true,"name":"John Smith","firstName":"John","lastName":"Smith","workPosition":"Developer","color":"#df532d","avatar":"","gender":"M","birthday":"","extranet":false,"bot":false,"connector":false,"externalAuthId":"default","status":"online","idle":false,"lastActivityDate":"2025-01-15T10:29:00+02:00","absent":false,"departments":[1],"phones":false,"type":"employee"},"language":"en"}};
const schema67 = {"type":"string","pattern":"^(chat[1-9][0-9]*|[1-9][0-9]*)$","description":"A dialog: `chat<chatId>` for a group chat (`chat5`), or the other user's id as a string for a personal dialog (`\"1\"`). In a personal dialog it is always the counterpart's id, so the dialogId an event carries is the one to answer to.","example":"chat5"};
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
const _errs3 = errors;
if(!(validate24(data.bot, {instancePath:instancePath+"/bot",parentData:data,parentDataProperty:"bot",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
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
validate53.errors = [{instancePath:instancePath+"/dialogId",schemaPath:"contract#/$defs/DialogId/pattern",keyword:"pattern",params:{pattern: "^(chat[1-9][0-9]*|[1-9][0-9]*)$"},message:"must match pattern \""+"^(chat[1-9][0-9]*|[1-9][0-9]*)$"+"\""}];
return false;
}
}
else {
validate53.errors = [{instancePath:instancePath+"/dialogId",schemaPath:"contract#/$defs/DialogId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate53.errors = [{instancePath:instancePath+"/chat",schemaPath:"contract#/$defs/Chat/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data2.id !== undefined){
let data3 = data2.id;
const _errs12 = errors;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
validate53.errors = [{instancePath:instancePath+"/chat/id",schemaPath:"contract#/$defs/Chat/properties/id/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs12){
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 1 || isNaN(data3)){
validate53.errors = [{instancePath:instancePath+"/chat/id",schemaPath:"contract#/$defs/Chat/properties/id/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
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
validate53.errors = [{instancePath:instancePath+"/chat/dialogId",schemaPath:"contract#/$defs/Chat/properties/dialogId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate53.errors = [{instancePath:instancePath+"/chat/name",schemaPath:"contract#/$defs/Chat/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate53.errors = [{instancePath:instancePath+"/chat/type",schemaPath:"contract#/$defs/Chat/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate53.errors = [{instancePath:instancePath+"/chat/messageType",schemaPath:"contract#/$defs/Chat/properties/messageType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate53.errors = [{instancePath:instancePath+"/chat/owner",schemaPath:"contract#/$defs/Chat/properties/owner/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
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
validate53.errors = [{instancePath:instancePath+"/chat/color",schemaPath:"contract#/$defs/Chat/properties/color/type",keyword:"type",params:{type: schema42.properties.color.type},message:"must be string,null"}];
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
validate53.errors = [{instancePath:instancePath+"/chat/avatar",schemaPath:"contract#/$defs/Chat/properties/avatar/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate53.errors = [{instancePath:instancePath+"/chat/description",schemaPath:"contract#/$defs/Chat/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate53.errors = [{instancePath:instancePath+"/chat/extranet",schemaPath:"contract#/$defs/Chat/properties/extranet/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
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
validate53.errors = [{instancePath:instancePath+"/chat/role",schemaPath:"contract#/$defs/Chat/properties/role/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((((data13 === "owner") || (data13 === "manager")) || (data13 === "member")) || (data13 === "guest")) || (data13 === "none"))){
validate53.errors = [{instancePath:instancePath+"/chat/role",schemaPath:"contract#/$defs/Chat/properties/role/enum",keyword:"enum",params:{allowedValues: schema42.properties.role.enum},message:"must be equal to one of the allowed values"}];
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
validate53.errors = [{instancePath:instancePath+"/chat/containsCollaber",schemaPath:"contract#/$defs/Chat/properties/containsCollaber/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
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
validate53.errors = [{instancePath:instancePath+"/chat/muteList/" + i0,schemaPath:"contract#/$defs/Chat/properties/muteList/items/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid4 = _errs38 === errors;
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
var valid3 = _errs36 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.entityType !== undefined){
const _errs40 = errors;
if(typeof data2.entityType !== "string"){
validate53.errors = [{instancePath:instancePath+"/chat/entityType",schemaPath:"contract#/$defs/Chat/properties/entityType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate53.errors = [{instancePath:instancePath+"/chat/entityId",schemaPath:"contract#/$defs/Chat/properties/entityId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate53.errors = [{instancePath:instancePath+"/chat/entityData1",schemaPath:"contract#/$defs/Chat/properties/entityData1/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate53.errors = [{instancePath:instancePath+"/chat/entityData2",schemaPath:"contract#/$defs/Chat/properties/entityData2/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate53.errors = [{instancePath:instancePath+"/chat/entityData3",schemaPath:"contract#/$defs/Chat/properties/entityData3/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate53.errors = [{instancePath:instancePath+"/chat/entityLink",schemaPath:"contract#/$defs/Chat/properties/entityLink/type",keyword:"type",params:{type: "object"},message:"must be object"}];
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
validate53.errors = [{instancePath:instancePath+"/chat/diskFolderId",schemaPath:"contract#/$defs/Chat/properties/diskFolderId/type",keyword:"type",params:{type: schema42.properties.diskFolderId.type},message:"must be integer,null"}];
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
validate53.errors = [{instancePath:instancePath+"/chat/permissions",schemaPath:"contract#/$defs/Chat/properties/permissions/type",keyword:"type",params:{type: "object"},message:"must be object"}];
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
validate53.errors = [{instancePath:instancePath+"/chat/parentChatId",schemaPath:"contract#/$defs/Chat/properties/parentChatId/type",keyword:"type",params:{type: schema42.properties.parentChatId.type},message:"must be integer,null"}];
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
validate53.errors = [{instancePath:instancePath+"/chat/parentMessageId",schemaPath:"contract#/$defs/Chat/properties/parentMessageId/type",keyword:"type",params:{type: schema42.properties.parentMessageId.type},message:"must be integer,null"}];
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
validate53.errors = [{instancePath:instancePath+"/chat/isNew",schemaPath:"contract#/$defs/Chat/properties/isNew/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
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
validate53.errors = [{instancePath:instancePath+"/chat/textFieldEnabled",schemaPath:"contract#/$defs/Chat/properties/textFieldEnabled/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((data28 === "Y") || (data28 === "N"))){
validate53.errors = [{instancePath:instancePath+"/chat/textFieldEnabled",schemaPath:"contract#/$defs/Chat/properties/textFieldEnabled/enum",keyword:"enum",params:{allowedValues: schema42.properties.textFieldEnabled.enum},message:"must be equal to one of the allowed values"}];
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
validate53.errors = [{instancePath:instancePath+"/chat/backgroundId",schemaPath:"contract#/$defs/Chat/properties/backgroundId/type",keyword:"type",params:{type: schema42.properties.backgroundId.type},message:"must be string,null"}];
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
validate53.errors = [{instancePath:instancePath+"/chat/dateCreate",schemaPath:"contract#/$defs/Chat/properties/dateCreate/type",keyword:"type",params:{type: schema42.properties.dateCreate.type},message:"must be string,null"}];
return false;
}
if(errors === _errs66){
if(errors === _errs66){
if(typeof data30 === "string"){
if(!(formats0(data30))){
validate53.errors = [{instancePath:instancePath+"/chat/dateCreate",schemaPath:"contract#/$defs/Chat/properties/dateCreate/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
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
validate53.errors = [{instancePath:instancePath+"/chat/lastMessageId",schemaPath:"contract#/$defs/Chat/properties/lastMessageId/type",keyword:"type",params:{type: schema42.properties.lastMessageId.type},message:"must be integer,null"}];
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
validate53.errors = [{instancePath:instancePath+"/chat/lastId",schemaPath:"contract#/$defs/Chat/properties/lastId/type",keyword:"type",params:{type: schema42.properties.lastId.type},message:"must be integer,null"}];
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
validate53.errors = [{instancePath:instancePath+"/chat/managerList/" + i1,schemaPath:"contract#/$defs/Chat/properties/managerList/items/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid5 = _errs74 === errors;
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
validate53.errors = [{instancePath:instancePath+"/chat/messageCount",schemaPath:"contract#/$defs/Chat/properties/messageCount/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
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
validate53.errors = [{instancePath:instancePath+"/chat/userCounter",schemaPath:"contract#/$defs/Chat/properties/userCounter/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
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
validate53.errors = [{instancePath:instancePath+"/chat/unreadId",schemaPath:"contract#/$defs/Chat/properties/unreadId/type",keyword:"type",params:{type: schema42.properties.unreadId.type},message:"must be integer,null"}];
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
validate53.errors = [{instancePath:instancePath+"/chat/lastMessageViews",schemaPath:"contract#/$defs/Chat/properties/lastMessageViews/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate53.errors = [{instancePath:instancePath+"/chat/markedId",schemaPath:"contract#/$defs/Chat/properties/markedId/type",keyword:"type",params:{type: schema42.properties.markedId.type},message:"must be integer,null"}];
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
validate53.errors = vErrors;
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
validate53.errors = [{instancePath:instancePath+"/chat",schemaPath:"contract#/$defs/Chat/type",keyword:"type",params:{type: "object"},message:"must be object"}];
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
if(!(validate32(data.user, {instancePath:instancePath+"/user",parentData:data,parentDataProperty:"user",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
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
validate53.errors = [{instancePath:instancePath+"/language",schemaPath:"contract#/$defs/ImbotV2EventLanguage/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
if(((((data.event === undefined) && (missing0 = "event")) || ((data.data === undefined) && (missing0 = "data"))) || ((data.ts === undefined) && (missing0 = "ts"))) || ((data.auth === undefined) && (missing0 = "auth"))){
validate52.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.event !== undefined){
let data0 = data.event;
const _errs2 = errors;
if(typeof data0 !== "string"){
validate52.errors = [{instancePath:instancePath+"/event",schemaPath:"#/properties/event/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if("ONIMBOTV2JOINCHAT" !== data0){
validate52.errors = [{instancePath:instancePath+"/event",schemaPath:"#/properties/event/const",keyword:"const",params:{allowedValue: "ONIMBOTV2JOINCHAT"},message:"must be equal to constant"}];
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
validate52.errors = [{instancePath:instancePath+"/event_handler_id",schemaPath:"#/properties/event_handler_id/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
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
if(!(validate53(data.data, {instancePath:instancePath+"/data",parentData:data,parentDataProperty:"data",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
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
validate52.errors = [{instancePath:instancePath+"/ts",schemaPath:"#/properties/ts/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
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
validate52.errors = [{instancePath:instancePath+"/auth",schemaPath:"contract#/$defs/ImbotV2EventAuth/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data4.application_token !== undefined){
let data5 = data4.application_token;
const _errs13 = errors;
if(errors === _errs13){
if(typeof data5 === "string"){
if(func1(data5) < 1){
validate52.errors = [{instancePath:instancePath+"/auth/application_token",schemaPath:"contract#/$defs/ImbotV2EventAuth/properties/application_token/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate52.errors = [{instancePath:instancePath+"/auth/application_token",schemaPath:"contract#/$defs/ImbotV2EventAuth/properties/application_token/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate52.errors = [{instancePath:instancePath+"/auth/domain",schemaPath:"contract#/$defs/ImbotV2EventAuth/properties/domain/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate52.errors = [{instancePath:instancePath+"/auth/client_endpoint",schemaPath:"contract#/$defs/ImbotV2EventAuth/properties/client_endpoint/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate52.errors = [{instancePath:instancePath+"/auth/server_endpoint",schemaPath:"contract#/$defs/ImbotV2EventAuth/properties/server_endpoint/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate52.errors = [{instancePath:instancePath+"/auth/member_id",schemaPath:"contract#/$defs/ImbotV2EventAuth/properties/member_id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate52.errors = [{instancePath:instancePath+"/auth/access_token",schemaPath:"contract#/$defs/ImbotV2EventAuth/properties/access_token/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate52.errors = [{instancePath:instancePath+"/auth/expires_in",schemaPath:"contract#/$defs/ImbotV2EventAuth/properties/expires_in/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
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
validate52.errors = [{instancePath:instancePath+"/auth/scope",schemaPath:"contract#/$defs/ImbotV2EventAuth/properties/scope/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate52.errors = [{instancePath:instancePath+"/auth/status",schemaPath:"contract#/$defs/ImbotV2EventAuth/properties/status/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate52.errors = [{instancePath:instancePath+"/auth/refresh_token",schemaPath:"contract#/$defs/ImbotV2EventAuth/properties/refresh_token/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate52.errors = [{instancePath:instancePath+"/auth",schemaPath:"contract#/$defs/ImbotV2EventAuth/type",keyword:"type",params:{type: "object"},message:"must be object"}];
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
validate52.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate52.errors = vErrors;
return errors === 0;
}
validate52.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate51(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="onImbotV2JoinChatPayload" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate51.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate52(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate52.errors : vErrors.concat(validate52.errors);
errors = vErrors.length;
}
validate51.errors = vErrors;
return errors === 0;
}
validate51.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const onImbotV2CommandAddPayload = validate58;
const schema71 = {"$id":"onImbotV2CommandAddPayload","$ref":"contract#/$defs/ImbotV2EventCommandAddDelivery"};
const schema72 = {"type":"object","description":"A webhook delivery of ONIMBOTV2COMMANDADD: the platform POSTs it as a PHP-style form (see the webhook ONIMBOTV2COMMANDADD). `data` is the same schema Event.get returns for this event.","required":["event","data","ts","auth"],"additionalProperties":true,"properties":{"event":{"type":"string","const":"ONIMBOTV2COMMANDADD","description":"The event name, upper case."},"event_handler_id":{"type":"integer","description":"Id of the subscription that delivered it."},"data":{"$ref":"contract#/$defs/ImbotV2EventCommandAddData"},"ts":{"type":"integer","description":"When the queue sent it, in Unix seconds."},"auth":{"$ref":"contract#/$defs/ImbotV2EventAuth"}}};
const schema73 = {"type":"object","description":"`data` of ONIMBOTV2COMMANDADD (V2/events/events.md). Extra properties are allowed: payloads carry fields the page does not list.","required":["bot","command","message","chat","user","language"],"additionalProperties":true,"properties":{"bot":{"$ref":"contract#/$defs/ImbotV2EventBot"},"command":{"$ref":"contract#/$defs/ImbotV2EventCommand"},"message":{"$ref":"contract#/$defs/Message"},"chat":{"$ref":"contract#/$defs/Chat"},"user":{"$ref":"contract#/$defs/User"},"language":{"$ref":"contract#/$defs/ImbotV2EventLanguage"}},"example":{"bot":{"id":456,"code":"support_bot","type":"bot","isHidden":false,"isSupportOpenline":false,"isReactionsEnabled":true,"backgroundId":null,"language":"en","moduleId":"rest","eventMode":"fetch","countMessage":150,"countCommand":3,"countChat":12,"countUser":45},"command":{"id":78,"command":"/help","params":"topic","context":"textarea"},"message":{"id":790,"chatId":5,"authorId":1,"date":"2025-01-15T10:30:00+02:00","text":"/help topic","isSystem":false,"uuid":"","forward":null,"params":{},"viewedByOthers":false},"chat":{"id":5,"dialogId":"chat5","type":"chat","name":"Support Chat","entityType":"","owner":1,"avatar":"","color":"#ab7761"},"user":{"id":1,"active":true,"name":"John Smith","firstName":"John","lastName":"Smith","workPosition":"Developer","color":"#df532d","avatar":"","gender":"M","birthday":"","extranet":false,"bot":false,"connector":false,"externalAuthId":"default","status":"online","idle":false,"lastActivityDate":"2025-01-15T10:29:00+02:00","absent":false,"departments":[1],"phones":false,"type":"employee"},"language":"en"}};
const schema74 = {"type":"object","required":["id","command"],"additionalProperties":true,"description":"The command a user invoked (ONIMBOTV2COMMANDADD).","properties":{"id":{"$ref":"contract#/$defs/CommandId"},"command":{"type":"string","description":"The command with its slash, e.g. /help."},"params":{"type":"string","description":"Text after the command."},"context":{"type":"string","enum":["textarea","keyboard","menu"],"description":"How it was invoked: typed, a keyboard button, or the context menu."}}};
const schema75 = {"type":"integer","minimum":1,"description":"Id of a slash command.","example":78};

function validate62(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate62.evaluated;
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
validate62.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.id !== undefined){
let data0 = data.id;
const _errs2 = errors;
const _errs3 = errors;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
validate62.errors = [{instancePath:instancePath+"/id",schemaPath:"contract#/$defs/CommandId/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs3){
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 < 1 || isNaN(data0)){
validate62.errors = [{instancePath:instancePath+"/id",schemaPath:"contract#/$defs/CommandId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
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
validate62.errors = [{instancePath:instancePath+"/command",schemaPath:"#/properties/command/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate62.errors = [{instancePath:instancePath+"/params",schemaPath:"#/properties/params/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate62.errors = [{instancePath:instancePath+"/context",schemaPath:"#/properties/context/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((data3 === "textarea") || (data3 === "keyboard")) || (data3 === "menu"))){
validate62.errors = [{instancePath:instancePath+"/context",schemaPath:"#/properties/context/enum",keyword:"enum",params:{allowedValues: schema74.properties.context.enum},message:"must be equal to one of the allowed values"}];
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
validate62.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate62.errors = vErrors;
return errors === 0;
}
validate62.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


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
if(((((((data.bot === undefined) && (missing0 = "bot")) || ((data.command === undefined) && (missing0 = "command"))) || ((data.message === undefined) && (missing0 = "message"))) || ((data.chat === undefined) && (missing0 = "chat"))) || ((data.user === undefined) && (missing0 = "user"))) || ((data.language === undefined) && (missing0 = "language"))){
validate60.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.bot !== undefined){
const _errs3 = errors;
if(!(validate24(data.bot, {instancePath:instancePath+"/bot",parentData:data,parentDataProperty:"bot",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
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
if(!(validate62(data.command, {instancePath:instancePath+"/command",parentData:data,parentDataProperty:"command",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate62.errors : vErrors.concat(validate62.errors);
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
if(!(validate30(data.message, {instancePath:instancePath+"/message",parentData:data,parentDataProperty:"message",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
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
validate60.errors = [{instancePath:instancePath+"/chat",schemaPath:"contract#/$defs/Chat/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data3.id !== undefined){
let data4 = data3.id;
const _errs10 = errors;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
validate60.errors = [{instancePath:instancePath+"/chat/id",schemaPath:"contract#/$defs/Chat/properties/id/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs10){
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 < 1 || isNaN(data4)){
validate60.errors = [{instancePath:instancePath+"/chat/id",schemaPath:"contract#/$defs/Chat/properties/id/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
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
validate60.errors = [{instancePath:instancePath+"/chat/dialogId",schemaPath:"contract#/$defs/Chat/properties/dialogId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate60.errors = [{instancePath:instancePath+"/chat/name",schemaPath:"contract#/$defs/Chat/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate60.errors = [{instancePath:instancePath+"/chat/type",schemaPath:"contract#/$defs/Chat/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate60.errors = [{instancePath:instancePath+"/chat/messageType",schemaPath:"contract#/$defs/Chat/properties/messageType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate60.errors = [{instancePath:instancePath+"/chat/owner",schemaPath:"contract#/$defs/Chat/properties/owner/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
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
validate60.errors = [{instancePath:instancePath+"/chat/color",schemaPath:"contract#/$defs/Chat/properties/color/type",keyword:"type",params:{type: schema42.properties.color.type},message:"must be string,null"}];
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
validate60.errors = [{instancePath:instancePath+"/chat/avatar",schemaPath:"contract#/$defs/Chat/properties/avatar/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate60.errors = [{instancePath:instancePath+"/chat/description",schemaPath:"contract#/$defs/Chat/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate60.errors = [{instancePath:instancePath+"/chat/extranet",schemaPath:"contract#/$defs/Chat/properties/extranet/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
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
validate60.errors = [{instancePath:instancePath+"/chat/role",schemaPath:"contract#/$defs/Chat/properties/role/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((((data14 === "owner") || (data14 === "manager")) || (data14 === "member")) || (data14 === "guest")) || (data14 === "none"))){
validate60.errors = [{instancePath:instancePath+"/chat/role",schemaPath:"contract#/$defs/Chat/properties/role/enum",keyword:"enum",params:{allowedValues: schema42.properties.role.enum},message:"must be equal to one of the allowed values"}];
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
validate60.errors = [{instancePath:instancePath+"/chat/containsCollaber",schemaPath:"contract#/$defs/Chat/properties/containsCollaber/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
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
validate60.errors = [{instancePath:instancePath+"/chat/muteList/" + i0,schemaPath:"contract#/$defs/Chat/properties/muteList/items/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid3 = _errs36 === errors;
if(!valid3){
break;
}
}
}
else {
validate60.errors = [{instancePath:instancePath+"/chat/muteList",schemaPath:"contract#/$defs/Chat/properties/muteList/type",keyword:"type",params:{type: "array"},message:"must be array"}];
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
validate60.errors = [{instancePath:instancePath+"/chat/entityType",schemaPath:"contract#/$defs/Chat/properties/entityType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate60.errors = [{instancePath:instancePath+"/chat/entityId",schemaPath:"contract#/$defs/Chat/properties/entityId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate60.errors = [{instancePath:instancePath+"/chat/entityData1",schemaPath:"contract#/$defs/Chat/properties/entityData1/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate60.errors = [{instancePath:instancePath+"/chat/entityData2",schemaPath:"contract#/$defs/Chat/properties/entityData2/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate60.errors = [{instancePath:instancePath+"/chat/entityData3",schemaPath:"contract#/$defs/Chat/properties/entityData3/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate60.errors = [{instancePath:instancePath+"/chat/entityLink",schemaPath:"contract#/$defs/Chat/properties/entityLink/type",keyword:"type",params:{type: "object"},message:"must be object"}];
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
validate60.errors = [{instancePath:instancePath+"/chat/diskFolderId",schemaPath:"contract#/$defs/Chat/properties/diskFolderId/type",keyword:"type",params:{type: schema42.properties.diskFolderId.type},message:"must be integer,null"}];
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
validate60.errors = [{instancePath:instancePath+"/chat/permissions",schemaPath:"contract#/$defs/Chat/properties/permissions/type",keyword:"type",params:{type: "object"},message:"must be object"}];
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
validate60.errors = [{instancePath:instancePath+"/chat/parentChatId",schemaPath:"contract#/$defs/Chat/properties/parentChatId/type",keyword:"type",params:{type: schema42.properties.parentChatId.type},message:"must be integer,null"}];
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
validate60.errors = [{instancePath:instancePath+"/chat/parentMessageId",schemaPath:"contract#/$defs/Chat/properties/parentMessageId/type",keyword:"type",params:{type: schema42.properties.parentMessageId.type},message:"must be integer,null"}];
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
validate60.errors = [{instancePath:instancePath+"/chat/isNew",schemaPath:"contract#/$defs/Chat/properties/isNew/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
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
validate60.errors = [{instancePath:instancePath+"/chat/textFieldEnabled",schemaPath:"contract#/$defs/Chat/properties/textFieldEnabled/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((data29 === "Y") || (data29 === "N"))){
validate60.errors = [{instancePath:instancePath+"/chat/textFieldEnabled",schemaPath:"contract#/$defs/Chat/properties/textFieldEnabled/enum",keyword:"enum",params:{allowedValues: schema42.properties.textFieldEnabled.enum},message:"must be equal to one of the allowed values"}];
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
validate60.errors = [{instancePath:instancePath+"/chat/backgroundId",schemaPath:"contract#/$defs/Chat/properties/backgroundId/type",keyword:"type",params:{type: schema42.properties.backgroundId.type},message:"must be string,null"}];
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
validate60.errors = [{instancePath:instancePath+"/chat/dateCreate",schemaPath:"contract#/$defs/Chat/properties/dateCreate/type",keyword:"type",params:{type: schema42.properties.dateCreate.type},message:"must be string,null"}];
return false;
}
if(errors === _errs64){
if(errors === _errs64){
if(typeof data31 === "string"){
if(!(formats0(data31))){
validate60.errors = [{instancePath:instancePath+"/chat/dateCreate",schemaPath:"contract#/$defs/Chat/properties/dateCreate/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
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
validate60.errors = [{instancePath:instancePath+"/chat/lastMessageId",schemaPath:"contract#/$defs/Chat/properties/lastMessageId/type",keyword:"type",params:{type: schema42.properties.lastMessageId.type},message:"must be integer,null"}];
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
validate60.errors = [{instancePath:instancePath+"/chat/lastId",schemaPath:"contract#/$defs/Chat/properties/lastId/type",keyword:"type",params:{type: schema42.properties.lastId.type},message:"must be integer,null"}];
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
validate60.errors = [{instancePath:instancePath+"/chat/managerList/" + i1,schemaPath:"contract#/$defs/Chat/properties/managerList/items/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid4 = _errs72 === errors;
if(!valid4){
break;
}
}
}
else {
validate60.errors = [{instancePath:instancePath+"/chat/managerList",schemaPath:"contract#/$defs/Chat/properties/managerList/type",keyword:"type",params:{type: "array"},message:"must be array"}];
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
validate60.errors = [{instancePath:instancePath+"/chat/messageCount",schemaPath:"contract#/$defs/Chat/properties/messageCount/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
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
validate60.errors = [{instancePath:instancePath+"/chat/userCounter",schemaPath:"contract#/$defs/Chat/properties/userCounter/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
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
validate60.errors = [{instancePath:instancePath+"/chat/unreadId",schemaPath:"contract#/$defs/Chat/properties/unreadId/type",keyword:"type",params:{type: schema42.properties.unreadId.type},message:"must be integer,null"}];
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
validate60.errors = [{instancePath:instancePath+"/chat/lastMessageViews",schemaPath:"contract#/$defs/Chat/properties/lastMessageViews/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate60.errors = [{instancePath:instancePath+"/chat/markedId",schemaPath:"contract#/$defs/Chat/properties/markedId/type",keyword:"type",params:{type: schema42.properties.markedId.type},message:"must be integer,null"}];
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
validate60.errors = vErrors;
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
validate60.errors = [{instancePath:instancePath+"/chat",schemaPath:"contract#/$defs/Chat/type",keyword:"type",params:{type: "object"},message:"must be object"}];
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
if(!(validate32(data.user, {instancePath:instancePath+"/user",parentData:data,parentDataProperty:"user",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
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
validate60.errors = [{instancePath:instancePath+"/language",schemaPath:"contract#/$defs/ImbotV2EventLanguage/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate60.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate60.errors = vErrors;
return errors === 0;
}
validate60.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


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
if(((((data.event === undefined) && (missing0 = "event")) || ((data.data === undefined) && (missing0 = "data"))) || ((data.ts === undefined) && (missing0 = "ts"))) || ((data.auth === undefined) && (missing0 = "auth"))){
validate59.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.event !== undefined){
let data0 = data.event;
const _errs2 = errors;
if(typeof data0 !== "string"){
validate59.errors = [{instancePath:instancePath+"/event",schemaPath:"#/properties/event/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if("ONIMBOTV2COMMANDADD" !== data0){
validate59.errors = [{instancePath:instancePath+"/event",schemaPath:"#/properties/event/const",keyword:"const",params:{allowedValue: "ONIMBOTV2COMMANDADD"},message:"must be equal to constant"}];
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
validate59.errors = [{instancePath:instancePath+"/event_handler_id",schemaPath:"#/properties/event_handler_id/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
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
if(!(validate60(data.data, {instancePath:instancePath+"/data",parentData:data,parentDataProperty:"data",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate60.errors : vErrors.concat(validate60.errors);
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
validate59.errors = [{instancePath:instancePath+"/ts",schemaPath:"#/properties/ts/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
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
validate59.errors = [{instancePath:instancePath+"/auth",schemaPath:"contract#/$defs/ImbotV2EventAuth/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data4.application_token !== undefined){
let data5 = data4.application_token;
const _errs13 = errors;
if(errors === _errs13){
if(typeof data5 === "string"){
if(func1(data5) < 1){
validate59.errors = [{instancePath:instancePath+"/auth/application_token",schemaPath:"contract#/$defs/ImbotV2EventAuth/properties/application_token/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate59.errors = [{instancePath:instancePath+"/auth/application_token",schemaPath:"contract#/$defs/ImbotV2EventAuth/properties/application_token/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate59.errors = [{instancePath:instancePath+"/auth/domain",schemaPath:"contract#/$defs/ImbotV2EventAuth/properties/domain/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate59.errors = [{instancePath:instancePath+"/auth/client_endpoint",schemaPath:"contract#/$defs/ImbotV2EventAuth/properties/client_endpoint/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate59.errors = [{instancePath:instancePath+"/auth/server_endpoint",schemaPath:"contract#/$defs/ImbotV2EventAuth/properties/server_endpoint/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate59.errors = [{instancePath:instancePath+"/auth/member_id",schemaPath:"contract#/$defs/ImbotV2EventAuth/properties/member_id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate59.errors = [{instancePath:instancePath+"/auth/access_token",schemaPath:"contract#/$defs/ImbotV2EventAuth/properties/access_token/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate59.errors = [{instancePath:instancePath+"/auth/expires_in",schemaPath:"contract#/$defs/ImbotV2EventAuth/properties/expires_in/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
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
validate59.errors = [{instancePath:instancePath+"/auth/scope",schemaPath:"contract#/$defs/ImbotV2EventAuth/properties/scope/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate59.errors = [{instancePath:instancePath+"/auth/status",schemaPath:"contract#/$defs/ImbotV2EventAuth/properties/status/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate59.errors = [{instancePath:instancePath+"/auth/refresh_token",schemaPath:"contract#/$defs/ImbotV2EventAuth/properties/refresh_token/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate59.errors = [{instancePath:instancePath+"/auth",schemaPath:"contract#/$defs/ImbotV2EventAuth/type",keyword:"type",params:{type: "object"},message:"must be object"}];
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
validate59.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate59.errors = vErrors;
return errors === 0;
}
validate59.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate58(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="onImbotV2CommandAddPayload" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate58.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate59(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate59.errors : vErrors.concat(validate59.errors);
errors = vErrors.length;
}
validate58.errors = vErrors;
return errors === 0;
}
validate58.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const onImbotV2ReactionChangePayload = validate68;
const schema79 = {"$id":"onImbotV2ReactionChangePayload","$ref":"contract#/$defs/ImbotV2EventReactionChangeDelivery"};
const schema80 = {"type":"object","description":"A webhook delivery of ONIMBOTV2REACTIONCHANGE: the platform POSTs it as a PHP-style form (see the webhook ONIMBOTV2REACTIONCHANGE). `data` is the same schema Event.get returns for this event.","required":["event","data","ts","auth"],"additionalProperties":true,"properties":{"event":{"type":"string","const":"ONIMBOTV2REACTIONCHANGE","description":"The event name, upper case."},"event_handler_id":{"type":"integer","description":"Id of the subscription that delivered it."},"data":{"$ref":"contract#/$defs/ImbotV2EventReactionChangeData"},"ts":{"type":"integer","description":"When the queue sent it, in Unix seconds."},"auth":{"$ref":"contract#/$defs/ImbotV2EventAuth"}}};
const schema81 = {"type":"object","description":"`data` of ONIMBOTV2REACTIONCHANGE (V2/events/events.md). Extra properties are allowed: payloads carry fields the page does not list.","required":["bot","reaction","action","message","chat","user","language"],"additionalProperties":true,"properties":{"bot":{"$ref":"contract#/$defs/ImbotV2EventBot"},"reaction":{"$ref":"contract#/$defs/ImbotV2ReactionCode"},"action":{"type":"string","enum":["add","delete"],"description":"add: the reaction was set; delete: removed."},"message":{"$ref":"contract#/$defs/Message"},"chat":{"$ref":"contract#/$defs/Chat"},"user":{"$ref":"contract#/$defs/User"},"language":{"$ref":"contract#/$defs/ImbotV2EventLanguage"}},"example":{"bot":{"id":456,"code":"support_bot","type":"bot","isHidden":false,"isSupportOpenline":false,"isReactionsEnabled":true,"backgroundId":null,"language":"en","moduleId":"rest","eventMode":"fetch","countMessage":150,"countCommand":3,"countChat":12,"countUser":45},"reaction":"like","action":"add","message":{"id":791,"chatId":5,"authorId":456,"date":"2025-01-15T10:30:00+02:00","text":"Hello! How can I help?","isSystem":false,"uuid":"","forward":null,"params":{},"viewedByOthers":true},"chat":{"id":5,"dialogId":"chat5","type":"chat","name":"Support Chat","entityType":"","owner":1,"avatar":"","color":"#ab7761"},"user":{"id":1,"active":true,"name":"John Smith","firstName":"John","lastName":"Smith","workPosition":"Developer","color":"#df532d","avatar":"","gender":"M","birthday":"","extranet":false,"bot":false,"connector":false,"externalAuthId":"default","status":"online","idle":false,"lastActivityDate":"2025-01-15T10:29:00+02:00","absent":false,"departments":[1],"phones":false,"type":"employee"},"language":"en"}};
const schema82 = {"description":"A reaction code: one of the known codes, or another non-empty string. Not a closed enum on purpose: the list may change, and portals answer an unknown code with REACTION_NOT_FOUND (a stand-in portal should do the same for codes outside ImbotV2KnownReactionCode), not INVALID_FORMAT.","anyOf":[{"$ref":"contract#/$defs/ImbotV2KnownReactionCode"},{"type":"string","minLength":1}]};
const schema83 = {"type":"string","enum":["like","dislike","faceWithTearsOfJoy","redHeart","neutralFace","fire","cry","slightlySmilingFace","winkingFace","laugh","kiss","wonder","slightlyFrowningFace","loudlyCryingFace","faceWithStuckOutTongue","faceWithStuckOutTongueAndWinkingEye","smilingFaceWithSunglasses","confusedFace","flushedFace","thinkingFace","angry","smilingFaceWithHorns","faceWithThermometer","facepalm","poo","flexedBiceps","clappingHands","raisedHand","smilingFaceWithHeartEyes","smilingFaceWithHearts","pleadingFace","relievedFace","foldedHands","okHand","signHorns","loveYouGesture","clownFace","partyingFace","questionMark","exclamationMark","lightBulb","bomb","sleepingSymbol","crossMark","whiteHeavyCheckMark","eyes","handshake","hundredPoints"],"description":"The 48 reaction codes listed on V2/messages/chat-message-reaction-add.md. The page warns the list may change without notice.","example":"like"};

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
const err1 = {instancePath,schemaPath:"contract#/$defs/ImbotV2KnownReactionCode/enum",keyword:"enum",params:{allowedValues: schema83.enum},message:"must be equal to one of the allowed values"};
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
validate72.errors = vErrors;
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
validate72.errors = vErrors;
return errors === 0;
}
validate72.evaluated = {"dynamicProps":false,"dynamicItems":false};


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
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((((((data.bot === undefined) && (missing0 = "bot")) || ((data.reaction === undefined) && (missing0 = "reaction"))) || ((data.action === undefined) && (missing0 = "action"))) || ((data.message === undefined) && (missing0 = "message"))) || ((data.chat === undefined) && (missing0 = "chat"))) || ((data.user === undefined) && (missing0 = "user"))) || ((data.language === undefined) && (missing0 = "language"))){
validate70.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.bot !== undefined){
const _errs3 = errors;
if(!(validate24(data.bot, {instancePath:instancePath+"/bot",parentData:data,parentDataProperty:"bot",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
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
if(!(validate72(data.reaction, {instancePath:instancePath+"/reaction",parentData:data,parentDataProperty:"reaction",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate72.errors : vErrors.concat(validate72.errors);
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
validate70.errors = [{instancePath:instancePath+"/action",schemaPath:"#/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((data2 === "add") || (data2 === "delete"))){
validate70.errors = [{instancePath:instancePath+"/action",schemaPath:"#/properties/action/enum",keyword:"enum",params:{allowedValues: schema81.properties.action.enum},message:"must be equal to one of the allowed values"}];
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
if(!(validate30(data.message, {instancePath:instancePath+"/message",parentData:data,parentDataProperty:"message",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
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
validate70.errors = [{instancePath:instancePath+"/chat",schemaPath:"contract#/$defs/Chat/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data4.id !== undefined){
let data5 = data4.id;
const _errs12 = errors;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
validate70.errors = [{instancePath:instancePath+"/chat/id",schemaPath:"contract#/$defs/Chat/properties/id/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs12){
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 < 1 || isNaN(data5)){
validate70.errors = [{instancePath:instancePath+"/chat/id",schemaPath:"contract#/$defs/Chat/properties/id/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
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
validate70.errors = [{instancePath:instancePath+"/chat/dialogId",schemaPath:"contract#/$defs/Chat/properties/dialogId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate70.errors = [{instancePath:instancePath+"/chat/name",schemaPath:"contract#/$defs/Chat/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate70.errors = [{instancePath:instancePath+"/chat/type",schemaPath:"contract#/$defs/Chat/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate70.errors = [{instancePath:instancePath+"/chat/messageType",schemaPath:"contract#/$defs/Chat/properties/messageType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate70.errors = [{instancePath:instancePath+"/chat/owner",schemaPath:"contract#/$defs/Chat/properties/owner/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
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
validate70.errors = [{instancePath:instancePath+"/chat/color",schemaPath:"contract#/$defs/Chat/properties/color/type",keyword:"type",params:{type: schema42.properties.color.type},message:"must be string,null"}];
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
validate70.errors = [{instancePath:instancePath+"/chat/avatar",schemaPath:"contract#/$defs/Chat/properties/avatar/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate70.errors = [{instancePath:instancePath+"/chat/description",schemaPath:"contract#/$defs/Chat/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate70.errors = [{instancePath:instancePath+"/chat/extranet",schemaPath:"contract#/$defs/Chat/properties/extranet/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
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
validate70.errors = [{instancePath:instancePath+"/chat/role",schemaPath:"contract#/$defs/Chat/properties/role/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((((data15 === "owner") || (data15 === "manager")) || (data15 === "member")) || (data15 === "guest")) || (data15 === "none"))){
validate70.errors = [{instancePath:instancePath+"/chat/role",schemaPath:"contract#/$defs/Chat/properties/role/enum",keyword:"enum",params:{allowedValues: schema42.properties.role.enum},message:"must be equal to one of the allowed values"}];
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
validate70.errors = [{instancePath:instancePath+"/chat/containsCollaber",schemaPath:"contract#/$defs/Chat/properties/containsCollaber/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
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
validate70.errors = [{instancePath:instancePath+"/chat/muteList/" + i0,schemaPath:"contract#/$defs/Chat/properties/muteList/items/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid3 = _errs38 === errors;
if(!valid3){
break;
}
}
}
else {
validate70.errors = [{instancePath:instancePath+"/chat/muteList",schemaPath:"contract#/$defs/Chat/properties/muteList/type",keyword:"type",params:{type: "array"},message:"must be array"}];
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
validate70.errors = [{instancePath:instancePath+"/chat/entityType",schemaPath:"contract#/$defs/Chat/properties/entityType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate70.errors = [{instancePath:instancePath+"/chat/entityId",schemaPath:"contract#/$defs/Chat/properties/entityId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate70.errors = [{instancePath:instancePath+"/chat/entityData1",schemaPath:"contract#/$defs/Chat/properties/entityData1/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate70.errors = [{instancePath:instancePath+"/chat/entityData2",schemaPath:"contract#/$defs/Chat/properties/entityData2/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate70.errors = [{instancePath:instancePath+"/chat/entityData3",schemaPath:"contract#/$defs/Chat/properties/entityData3/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate70.errors = [{instancePath:instancePath+"/chat/entityLink",schemaPath:"contract#/$defs/Chat/properties/entityLink/type",keyword:"type",params:{type: "object"},message:"must be object"}];
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
validate70.errors = [{instancePath:instancePath+"/chat/diskFolderId",schemaPath:"contract#/$defs/Chat/properties/diskFolderId/type",keyword:"type",params:{type: schema42.properties.diskFolderId.type},message:"must be integer,null"}];
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
validate70.errors = [{instancePath:instancePath+"/chat/permissions",schemaPath:"contract#/$defs/Chat/properties/permissions/type",keyword:"type",params:{type: "object"},message:"must be object"}];
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
validate70.errors = [{instancePath:instancePath+"/chat/parentChatId",schemaPath:"contract#/$defs/Chat/properties/parentChatId/type",keyword:"type",params:{type: schema42.properties.parentChatId.type},message:"must be integer,null"}];
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
validate70.errors = [{instancePath:instancePath+"/chat/parentMessageId",schemaPath:"contract#/$defs/Chat/properties/parentMessageId/type",keyword:"type",params:{type: schema42.properties.parentMessageId.type},message:"must be integer,null"}];
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
validate70.errors = [{instancePath:instancePath+"/chat/isNew",schemaPath:"contract#/$defs/Chat/properties/isNew/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
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
validate70.errors = [{instancePath:instancePath+"/chat/textFieldEnabled",schemaPath:"contract#/$defs/Chat/properties/textFieldEnabled/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((data30 === "Y") || (data30 === "N"))){
validate70.errors = [{instancePath:instancePath+"/chat/textFieldEnabled",schemaPath:"contract#/$defs/Chat/properties/textFieldEnabled/enum",keyword:"enum",params:{allowedValues: schema42.properties.textFieldEnabled.enum},message:"must be equal to one of the allowed values"}];
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
validate70.errors = [{instancePath:instancePath+"/chat/backgroundId",schemaPath:"contract#/$defs/Chat/properties/backgroundId/type",keyword:"type",params:{type: schema42.properties.backgroundId.type},message:"must be string,null"}];
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
validate70.errors = [{instancePath:instancePath+"/chat/dateCreate",schemaPath:"contract#/$defs/Chat/properties/dateCreate/type",keyword:"type",params:{type: schema42.properties.dateCreate.type},message:"must be string,null"}];
return false;
}
if(errors === _errs66){
if(errors === _errs66){
if(typeof data32 === "string"){
if(!(formats0(data32))){
validate70.errors = [{instancePath:instancePath+"/chat/dateCreate",schemaPath:"contract#/$defs/Chat/properties/dateCreate/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
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
validate70.errors = [{instancePath:instancePath+"/chat/lastMessageId",schemaPath:"contract#/$defs/Chat/properties/lastMessageId/type",keyword:"type",params:{type: schema42.properties.lastMessageId.type},message:"must be integer,null"}];
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
validate70.errors = [{instancePath:instancePath+"/chat/lastId",schemaPath:"contract#/$defs/Chat/properties/lastId/type",keyword:"type",params:{type: schema42.properties.lastId.type},message:"must be integer,null"}];
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
validate70.errors = [{instancePath:instancePath+"/chat/managerList/" + i1,schemaPath:"contract#/$defs/Chat/properties/managerList/items/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid4 = _errs74 === errors;
if(!valid4){
break;
}
}
}
else {
validate70.errors = [{instancePath:instancePath+"/chat/managerList",schemaPath:"contract#/$defs/Chat/properties/managerList/type",keyword:"type",params:{type: "array"},message:"must be array"}];
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
validate70.errors = [{instancePath:instancePath+"/chat/messageCount",schemaPath:"contract#/$defs/Chat/properties/messageCount/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
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
validate70.errors = [{instancePath:instancePath+"/chat/userCounter",schemaPath:"contract#/$defs/Chat/properties/userCounter/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
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
validate70.errors = [{instancePath:instancePath+"/chat/unreadId",schemaPath:"contract#/$defs/Chat/properties/unreadId/type",keyword:"type",params:{type: schema42.properties.unreadId.type},message:"must be integer,null"}];
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
validate70.errors = [{instancePath:instancePath+"/chat/lastMessageViews",schemaPath:"contract#/$defs/Chat/properties/lastMessageViews/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate70.errors = [{instancePath:instancePath+"/chat/markedId",schemaPath:"contract#/$defs/Chat/properties/markedId/type",keyword:"type",params:{type: schema42.properties.markedId.type},message:"must be integer,null"}];
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
validate70.errors = vErrors;
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
validate70.errors = [{instancePath:instancePath+"/chat",schemaPath:"contract#/$defs/Chat/type",keyword:"type",params:{type: "object"},message:"must be object"}];
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
if(!(validate32(data.user, {instancePath:instancePath+"/user",parentData:data,parentDataProperty:"user",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
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
validate70.errors = [{instancePath:instancePath+"/language",schemaPath:"contract#/$defs/ImbotV2EventLanguage/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate70.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate70.errors = vErrors;
return errors === 0;
}
validate70.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


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
if(((((data.event === undefined) && (missing0 = "event")) || ((data.data === undefined) && (missing0 = "data"))) || ((data.ts === undefined) && (missing0 = "ts"))) || ((data.auth === undefined) && (missing0 = "auth"))){
validate69.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.event !== undefined){
let data0 = data.event;
const _errs2 = errors;
if(typeof data0 !== "string"){
validate69.errors = [{instancePath:instancePath+"/event",schemaPath:"#/properties/event/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if("ONIMBOTV2REACTIONCHANGE" !== data0){
validate69.errors = [{instancePath:instancePath+"/event",schemaPath:"#/properties/event/const",keyword:"const",params:{allowedValue: "ONIMBOTV2REACTIONCHANGE"},message:"must be equal to constant"}];
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
validate69.errors = [{instancePath:instancePath+"/event_handler_id",schemaPath:"#/properties/event_handler_id/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
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
if(!(validate70(data.data, {instancePath:instancePath+"/data",parentData:data,parentDataProperty:"data",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate70.errors : vErrors.concat(validate70.errors);
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
validate69.errors = [{instancePath:instancePath+"/ts",schemaPath:"#/properties/ts/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
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
validate69.errors = [{instancePath:instancePath+"/auth",schemaPath:"contract#/$defs/ImbotV2EventAuth/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data4.application_token !== undefined){
let data5 = data4.application_token;
const _errs13 = errors;
if(errors === _errs13){
if(typeof data5 === "string"){
if(func1(data5) < 1){
validate69.errors = [{instancePath:instancePath+"/auth/application_token",schemaPath:"contract#/$defs/ImbotV2EventAuth/properties/application_token/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate69.errors = [{instancePath:instancePath+"/auth/application_token",schemaPath:"contract#/$defs/ImbotV2EventAuth/properties/application_token/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate69.errors = [{instancePath:instancePath+"/auth/domain",schemaPath:"contract#/$defs/ImbotV2EventAuth/properties/domain/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate69.errors = [{instancePath:instancePath+"/auth/client_endpoint",schemaPath:"contract#/$defs/ImbotV2EventAuth/properties/client_endpoint/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate69.errors = [{instancePath:instancePath+"/auth/server_endpoint",schemaPath:"contract#/$defs/ImbotV2EventAuth/properties/server_endpoint/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate69.errors = [{instancePath:instancePath+"/auth/member_id",schemaPath:"contract#/$defs/ImbotV2EventAuth/properties/member_id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate69.errors = [{instancePath:instancePath+"/auth/access_token",schemaPath:"contract#/$defs/ImbotV2EventAuth/properties/access_token/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate69.errors = [{instancePath:instancePath+"/auth/expires_in",schemaPath:"contract#/$defs/ImbotV2EventAuth/properties/expires_in/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
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
validate69.errors = [{instancePath:instancePath+"/auth/scope",schemaPath:"contract#/$defs/ImbotV2EventAuth/properties/scope/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate69.errors = [{instancePath:instancePath+"/auth/status",schemaPath:"contract#/$defs/ImbotV2EventAuth/properties/status/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate69.errors = [{instancePath:instancePath+"/auth/refresh_token",schemaPath:"contract#/$defs/ImbotV2EventAuth/properties/refresh_token/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate69.errors = [{instancePath:instancePath+"/auth",schemaPath:"contract#/$defs/ImbotV2EventAuth/type",keyword:"type",params:{type: "object"},message:"must be object"}];
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
validate69.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate69.errors = vErrors;
return errors === 0;
}
validate69.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate68(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="onImbotV2ReactionChangePayload" */;
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
validate68.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const onImbotV2ContextGetPayload = validate78;
const schema87 = {"$id":"onImbotV2ContextGetPayload","$ref":"contract#/$defs/ImbotV2EventContextGetDelivery"};
const schema88 = {"type":"object","description":"A webhook delivery of ONIMBOTV2CONTEXTGET: the platform POSTs it as a PHP-style form (see the webhook ONIMBOTV2CONTEXTGET). `data` is the same schema Event.get returns for this event.","required":["event","data","ts","auth"],"additionalProperties":true,"properties":{"event":{"type":"string","const":"ONIMBOTV2CONTEXTGET","description":"The event name, upper case."},"event_handler_id":{"type":"integer","description":"Id of the subscription that delivered it."},"data":{"$ref":"contract#/$defs/ImbotV2EventContextGetData"},"ts":{"type":"integer","description":"When the queue sent it, in Unix seconds."},"auth":{"$ref":"contract#/$defs/ImbotV2EventAuth"}}};
const schema89 = {"type":"object","description":"`data` of ONIMBOTV2CONTEXTGET (V2/events/events.md). Extra properties are allowed: payloads carry fields the page does not list.","required":["bot","dialogId","context","chat","user","language"],"additionalProperties":true,"properties":{"bot":{"$ref":"contract#/$defs/ImbotV2EventBot"},"dialogId":{"$ref":"contract#/$defs/DialogId"},"context":{"type":"object","additionalProperties":true,"description":"Whatever the caller passed when opening the dialog."},"chat":{"$ref":"contract#/$defs/Chat"},"user":{"$ref":"contract#/$defs/User"},"language":{"$ref":"contract#/$defs/ImbotV2EventLanguage"}},"example":{"bot":{"id":456,"code":"support_bot","type":"bot","isHidden":false,"isSupportOpenline":false,"isReactionsEnabled":true,"backgroundId":null,"language":"en","moduleId":"rest","eventMode":"fetch","countMessage":150,"countCommand":3,"countChat":12,"countUser":45},"dialogId":"1","context":{"entityId":164,"entityType":"task","source":"link"},"chat":{"id":5,"dialogId":"1","type":"private","name":"","entityType":"","owner":456,"avatar":"","color":"#ab7761"},"user":{"id":1,"active":true,"name":"John Smith","firstName":"John","lastName":"Smith","workPosition":"Developer","color":"#df532d","avatar":"","gender":"M","birthday":"","extranet":false,"bot":false,"connector":false,"externalAuthId":"default","status":"online","idle":false,"lastActivityDate":"2025-01-15T10:29:00+02:00","absent":false,"departments":[1],"phones":false,"type":"employee"},"language":"en"}};

function validate80(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate80.evaluated;
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
validate80.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.bot !== undefined){
const _errs3 = errors;
if(!(validate24(data.bot, {instancePath:instancePath+"/bot",parentData:data,parentDataProperty:"bot",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
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
validate80.errors = [{instancePath:instancePath+"/dialogId",schemaPath:"contract#/$defs/DialogId/pattern",keyword:"pattern",params:{pattern: "^(chat[1-9][0-9]*|[1-9][0-9]*)$"},message:"must match pattern \""+"^(chat[1-9][0-9]*|[1-9][0-9]*)$"+"\""}];
return false;
}
}
else {
validate80.errors = [{instancePath:instancePath+"/dialogId",schemaPath:"contract#/$defs/DialogId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate80.errors = [{instancePath:instancePath+"/context",schemaPath:"#/properties/context/type",keyword:"type",params:{type: "object"},message:"must be object"}];
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
validate80.errors = [{instancePath:instancePath+"/chat",schemaPath:"contract#/$defs/Chat/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data3.id !== undefined){
let data4 = data3.id;
const _errs15 = errors;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
validate80.errors = [{instancePath:instancePath+"/chat/id",schemaPath:"contract#/$defs/Chat/properties/id/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs15){
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 < 1 || isNaN(data4)){
validate80.errors = [{instancePath:instancePath+"/chat/id",schemaPath:"contract#/$defs/Chat/properties/id/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
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
validate80.errors = [{instancePath:instancePath+"/chat/dialogId",schemaPath:"contract#/$defs/Chat/properties/dialogId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate80.errors = [{instancePath:instancePath+"/chat/name",schemaPath:"contract#/$defs/Chat/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate80.errors = [{instancePath:instancePath+"/chat/type",schemaPath:"contract#/$defs/Chat/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate80.errors = [{instancePath:instancePath+"/chat/messageType",schemaPath:"contract#/$defs/Chat/properties/messageType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate80.errors = [{instancePath:instancePath+"/chat/owner",schemaPath:"contract#/$defs/Chat/properties/owner/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
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
validate80.errors = [{instancePath:instancePath+"/chat/color",schemaPath:"contract#/$defs/Chat/properties/color/type",keyword:"type",params:{type: schema42.properties.color.type},message:"must be string,null"}];
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
validate80.errors = [{instancePath:instancePath+"/chat/avatar",schemaPath:"contract#/$defs/Chat/properties/avatar/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate80.errors = [{instancePath:instancePath+"/chat/description",schemaPath:"contract#/$defs/Chat/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate80.errors = [{instancePath:instancePath+"/chat/extranet",schemaPath:"contract#/$defs/Chat/properties/extranet/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
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
validate80.errors = [{instancePath:instancePath+"/chat/role",schemaPath:"contract#/$defs/Chat/properties/role/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((((data14 === "owner") || (data14 === "manager")) || (data14 === "member")) || (data14 === "guest")) || (data14 === "none"))){
validate80.errors = [{instancePath:instancePath+"/chat/role",schemaPath:"contract#/$defs/Chat/properties/role/enum",keyword:"enum",params:{allowedValues: schema42.properties.role.enum},message:"must be equal to one of the allowed values"}];
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
validate80.errors = [{instancePath:instancePath+"/chat/containsCollaber",schemaPath:"contract#/$defs/Chat/properties/containsCollaber/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
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
validate80.errors = [{instancePath:instancePath+"/chat/muteList/" + i0,schemaPath:"contract#/$defs/Chat/properties/muteList/items/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid4 = _errs41 === errors;
if(!valid4){
break;
}
}
}
else {
validate80.errors = [{instancePath:instancePath+"/chat/muteList",schemaPath:"contract#/$defs/Chat/properties/muteList/type",keyword:"type",params:{type: "array"},message:"must be array"}];
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
validate80.errors = [{instancePath:instancePath+"/chat/entityType",schemaPath:"contract#/$defs/Chat/properties/entityType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate80.errors = [{instancePath:instancePath+"/chat/entityId",schemaPath:"contract#/$defs/Chat/properties/entityId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate80.errors = [{instancePath:instancePath+"/chat/entityData1",schemaPath:"contract#/$defs/Chat/properties/entityData1/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate80.errors = [{instancePath:instancePath+"/chat/entityData2",schemaPath:"contract#/$defs/Chat/properties/entityData2/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate80.errors = [{instancePath:instancePath+"/chat/entityData3",schemaPath:"contract#/$defs/Chat/properties/entityData3/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate80.errors = [{instancePath:instancePath+"/chat/entityLink",schemaPath:"contract#/$defs/Chat/properties/entityLink/type",keyword:"type",params:{type: "object"},message:"must be object"}];
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
validate80.errors = [{instancePath:instancePath+"/chat/diskFolderId",schemaPath:"contract#/$defs/Chat/properties/diskFolderId/type",keyword:"type",params:{type: schema42.properties.diskFolderId.type},message:"must be integer,null"}];
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
validate80.errors = [{instancePath:instancePath+"/chat/permissions",schemaPath:"contract#/$defs/Chat/properties/permissions/type",keyword:"type",params:{type: "object"},message:"must be object"}];
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
validate80.errors = [{instancePath:instancePath+"/chat/parentChatId",schemaPath:"contract#/$defs/Chat/properties/parentChatId/type",keyword:"type",params:{type: schema42.properties.parentChatId.type},message:"must be integer,null"}];
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
validate80.errors = [{instancePath:instancePath+"/chat/parentMessageId",schemaPath:"contract#/$defs/Chat/properties/parentMessageId/type",keyword:"type",params:{type: schema42.properties.parentMessageId.type},message:"must be integer,null"}];
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
validate80.errors = [{instancePath:instancePath+"/chat/isNew",schemaPath:"contract#/$defs/Chat/properties/isNew/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
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
validate80.errors = [{instancePath:instancePath+"/chat/textFieldEnabled",schemaPath:"contract#/$defs/Chat/properties/textFieldEnabled/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((data29 === "Y") || (data29 === "N"))){
validate80.errors = [{instancePath:instancePath+"/chat/textFieldEnabled",schemaPath:"contract#/$defs/Chat/properties/textFieldEnabled/enum",keyword:"enum",params:{allowedValues: schema42.properties.textFieldEnabled.enum},message:"must be equal to one of the allowed values"}];
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
validate80.errors = [{instancePath:instancePath+"/chat/backgroundId",schemaPath:"contract#/$defs/Chat/properties/backgroundId/type",keyword:"type",params:{type: schema42.properties.backgroundId.type},message:"must be string,null"}];
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
validate80.errors = [{instancePath:instancePath+"/chat/dateCreate",schemaPath:"contract#/$defs/Chat/properties/dateCreate/type",keyword:"type",params:{type: schema42.properties.dateCreate.type},message:"must be string,null"}];
return false;
}
if(errors === _errs69){
if(errors === _errs69){
if(typeof data31 === "string"){
if(!(formats0(data31))){
validate80.errors = [{instancePath:instancePath+"/chat/dateCreate",schemaPath:"contract#/$defs/Chat/properties/dateCreate/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
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
validate80.errors = [{instancePath:instancePath+"/chat/lastMessageId",schemaPath:"contract#/$defs/Chat/properties/lastMessageId/type",keyword:"type",params:{type: schema42.properties.lastMessageId.type},message:"must be integer,null"}];
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
validate80.errors = [{instancePath:instancePath+"/chat/lastId",schemaPath:"contract#/$defs/Chat/properties/lastId/type",keyword:"type",params:{type: schema42.properties.lastId.type},message:"must be integer,null"}];
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
validate80.errors = [{instancePath:instancePath+"/chat/managerList/" + i1,schemaPath:"contract#/$defs/Chat/properties/managerList/items/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid5 = _errs77 === errors;
if(!valid5){
break;
}
}
}
else {
validate80.errors = [{instancePath:instancePath+"/chat/managerList",schemaPath:"contract#/$defs/Chat/properties/managerList/type",keyword:"type",params:{type: "array"},message:"must be array"}];
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
validate80.errors = [{instancePath:instancePath+"/chat/messageCount",schemaPath:"contract#/$defs/Chat/properties/messageCount/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
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
validate80.errors = [{instancePath:instancePath+"/chat/userCounter",schemaPath:"contract#/$defs/Chat/properties/userCounter/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
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
validate80.errors = [{instancePath:instancePath+"/chat/unreadId",schemaPath:"contract#/$defs/Chat/properties/unreadId/type",keyword:"type",params:{type: schema42.properties.unreadId.type},message:"must be integer,null"}];
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
validate80.errors = [{instancePath:instancePath+"/chat/lastMessageViews",schemaPath:"contract#/$defs/Chat/properties/lastMessageViews/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate80.errors = [{instancePath:instancePath+"/chat/markedId",schemaPath:"contract#/$defs/Chat/properties/markedId/type",keyword:"type",params:{type: schema42.properties.markedId.type},message:"must be integer,null"}];
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
validate80.errors = vErrors;
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
validate80.errors = [{instancePath:instancePath+"/chat",schemaPath:"contract#/$defs/Chat/type",keyword:"type",params:{type: "object"},message:"must be object"}];
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
if(!(validate32(data.user, {instancePath:instancePath+"/user",parentData:data,parentDataProperty:"user",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
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
validate80.errors = [{instancePath:instancePath+"/language",schemaPath:"contract#/$defs/ImbotV2EventLanguage/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate80.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate80.errors = vErrors;
return errors === 0;
}
validate80.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


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
if(((((data.event === undefined) && (missing0 = "event")) || ((data.data === undefined) && (missing0 = "data"))) || ((data.ts === undefined) && (missing0 = "ts"))) || ((data.auth === undefined) && (missing0 = "auth"))){
validate79.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.event !== undefined){
let data0 = data.event;
const _errs2 = errors;
if(typeof data0 !== "string"){
validate79.errors = [{instancePath:instancePath+"/event",schemaPath:"#/properties/event/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if("ONIMBOTV2CONTEXTGET" !== data0){
validate79.errors = [{instancePath:instancePath+"/event",schemaPath:"#/properties/event/const",keyword:"const",params:{allowedValue: "ONIMBOTV2CONTEXTGET"},message:"must be equal to constant"}];
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
validate79.errors = [{instancePath:instancePath+"/event_handler_id",schemaPath:"#/properties/event_handler_id/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
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
if(!(validate80(data.data, {instancePath:instancePath+"/data",parentData:data,parentDataProperty:"data",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate80.errors : vErrors.concat(validate80.errors);
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
validate79.errors = [{instancePath:instancePath+"/ts",schemaPath:"#/properties/ts/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
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
validate79.errors = [{instancePath:instancePath+"/auth",schemaPath:"contract#/$defs/ImbotV2EventAuth/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data4.application_token !== undefined){
let data5 = data4.application_token;
const _errs13 = errors;
if(errors === _errs13){
if(typeof data5 === "string"){
if(func1(data5) < 1){
validate79.errors = [{instancePath:instancePath+"/auth/application_token",schemaPath:"contract#/$defs/ImbotV2EventAuth/properties/application_token/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate79.errors = [{instancePath:instancePath+"/auth/application_token",schemaPath:"contract#/$defs/ImbotV2EventAuth/properties/application_token/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate79.errors = [{instancePath:instancePath+"/auth/domain",schemaPath:"contract#/$defs/ImbotV2EventAuth/properties/domain/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate79.errors = [{instancePath:instancePath+"/auth/client_endpoint",schemaPath:"contract#/$defs/ImbotV2EventAuth/properties/client_endpoint/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate79.errors = [{instancePath:instancePath+"/auth/server_endpoint",schemaPath:"contract#/$defs/ImbotV2EventAuth/properties/server_endpoint/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate79.errors = [{instancePath:instancePath+"/auth/member_id",schemaPath:"contract#/$defs/ImbotV2EventAuth/properties/member_id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate79.errors = [{instancePath:instancePath+"/auth/access_token",schemaPath:"contract#/$defs/ImbotV2EventAuth/properties/access_token/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate79.errors = [{instancePath:instancePath+"/auth/expires_in",schemaPath:"contract#/$defs/ImbotV2EventAuth/properties/expires_in/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
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
validate79.errors = [{instancePath:instancePath+"/auth/scope",schemaPath:"contract#/$defs/ImbotV2EventAuth/properties/scope/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate79.errors = [{instancePath:instancePath+"/auth/status",schemaPath:"contract#/$defs/ImbotV2EventAuth/properties/status/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate79.errors = [{instancePath:instancePath+"/auth/refresh_token",schemaPath:"contract#/$defs/ImbotV2EventAuth/properties/refresh_token/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate79.errors = [{instancePath:instancePath+"/auth",schemaPath:"contract#/$defs/ImbotV2EventAuth/type",keyword:"type",params:{type: "object"},message:"must be object"}];
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
validate79.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate79.errors = vErrors;
return errors === 0;
}
validate79.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate78(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="onImbotV2ContextGetPayload" */;
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
validate78.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const onImbotV2DeletePayload = validate85;
const schema94 = {"$id":"onImbotV2DeletePayload","$ref":"contract#/$defs/ImbotV2EventDeleteDelivery"};
const schema95 = {"type":"object","description":"A webhook delivery of ONIMBOTV2DELETE: the platform POSTs it as a PHP-style form (see the webhook ONIMBOTV2DELETE). `data` is the same schema Event.get returns for this event.","required":["event","data","ts","auth"],"additionalProperties":true,"properties":{"event":{"type":"string","const":"ONIMBOTV2DELETE","description":"The event name, upper case."},"event_handler_id":{"type":"integer","description":"Id of the subscription that delivered it."},"data":{"$ref":"contract#/$defs/ImbotV2EventDeleteData"},"ts":{"type":"integer","description":"When the queue sent it, in Unix seconds."},"auth":{"$ref":"contract#/$defs/ImbotV2EventAuth"}}};
const schema96 = {"type":"object","description":"`data` of ONIMBOTV2DELETE (V2/events/events.md). Extra properties are allowed: payloads carry fields the page does not list.","required":["bot"],"additionalProperties":true,"properties":{"bot":{"$ref":"contract#/$defs/ImbotV2EventBot"}},"example":{"bot":{"id":456,"code":"support_bot","type":"bot","isHidden":false,"isSupportOpenline":false,"isReactionsEnabled":true,"backgroundId":null,"language":"en","moduleId":"rest","eventMode":"fetch","countMessage":150,"countCommand":3,"countChat":12,"countUser":45}}};

function validate87(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate87.evaluated;
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
validate87.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
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
validate87.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate87.errors = vErrors;
return errors === 0;
}
validate87.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate86(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate86.evaluated;
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
validate86.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.event !== undefined){
let data0 = data.event;
const _errs2 = errors;
if(typeof data0 !== "string"){
validate86.errors = [{instancePath:instancePath+"/event",schemaPath:"#/properties/event/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if("ONIMBOTV2DELETE" !== data0){
validate86.errors = [{instancePath:instancePath+"/event",schemaPath:"#/properties/event/const",keyword:"const",params:{allowedValue: "ONIMBOTV2DELETE"},message:"must be equal to constant"}];
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
validate86.errors = [{instancePath:instancePath+"/event_handler_id",schemaPath:"#/properties/event_handler_id/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
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
if(!(validate87(data.data, {instancePath:instancePath+"/data",parentData:data,parentDataProperty:"data",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate87.errors : vErrors.concat(validate87.errors);
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
validate86.errors = [{instancePath:instancePath+"/ts",schemaPath:"#/properties/ts/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
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
validate86.errors = [{instancePath:instancePath+"/auth",schemaPath:"contract#/$defs/ImbotV2EventAuth/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data4.application_token !== undefined){
let data5 = data4.application_token;
const _errs13 = errors;
if(errors === _errs13){
if(typeof data5 === "string"){
if(func1(data5) < 1){
validate86.errors = [{instancePath:instancePath+"/auth/application_token",schemaPath:"contract#/$defs/ImbotV2EventAuth/properties/application_token/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate86.errors = [{instancePath:instancePath+"/auth/application_token",schemaPath:"contract#/$defs/ImbotV2EventAuth/properties/application_token/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate86.errors = [{instancePath:instancePath+"/auth/domain",schemaPath:"contract#/$defs/ImbotV2EventAuth/properties/domain/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate86.errors = [{instancePath:instancePath+"/auth/client_endpoint",schemaPath:"contract#/$defs/ImbotV2EventAuth/properties/client_endpoint/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate86.errors = [{instancePath:instancePath+"/auth/server_endpoint",schemaPath:"contract#/$defs/ImbotV2EventAuth/properties/server_endpoint/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate86.errors = [{instancePath:instancePath+"/auth/member_id",schemaPath:"contract#/$defs/ImbotV2EventAuth/properties/member_id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate86.errors = [{instancePath:instancePath+"/auth/access_token",schemaPath:"contract#/$defs/ImbotV2EventAuth/properties/access_token/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate86.errors = [{instancePath:instancePath+"/auth/expires_in",schemaPath:"contract#/$defs/ImbotV2EventAuth/properties/expires_in/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
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
validate86.errors = [{instancePath:instancePath+"/auth/scope",schemaPath:"contract#/$defs/ImbotV2EventAuth/properties/scope/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate86.errors = [{instancePath:instancePath+"/auth/status",schemaPath:"contract#/$defs/ImbotV2EventAuth/properties/status/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate86.errors = [{instancePath:instancePath+"/auth/refresh_token",schemaPath:"contract#/$defs/ImbotV2EventAuth/properties/refresh_token/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate86.errors = [{instancePath:instancePath+"/auth",schemaPath:"contract#/$defs/ImbotV2EventAuth/type",keyword:"type",params:{type: "object"},message:"must be object"}];
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
validate86.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate86.errors = vErrors;
return errors === 0;
}
validate86.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate85(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="onImbotV2DeletePayload" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate85.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate86(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate86.errors : vErrors.concat(validate86.errors);
errors = vErrors.length;
}
validate85.errors = vErrors;
return errors === 0;
}
validate85.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const onAppInstallPayload = validate91;
const schema98 = {"$id":"onAppInstallPayload","$ref":"contract#/$defs/AppInstallDelivery"};
const schema99 = {"type":"object","description":"A delivery of ONAPPINSTALL: the platform POSTs it as a PHP-style form to the application's install handler once the installation is done.","required":["event","data","ts","auth"],"additionalProperties":true,"properties":{"event":{"type":"string","const":"ONAPPINSTALL","description":"The event name, upper case."},"event_handler_id":{"type":"integer","description":"Id of the handler that delivered it (api-reference/events/index.md)."},"data":{"$ref":"contract#/$defs/AppInstallData"},"ts":{"type":"integer","description":"When the queue sent it, in Unix seconds (a string on the wire, as every value of the form)."},"auth":{"$ref":"contract#/$defs/AppInstallAuth"}}};
const schema100 = {"type":"object","description":"`data` of ONAPPINSTALL (api-reference/common/events/on-app-install.md): the installed application. Extra properties are allowed.","required":["VERSION","ACTIVE","INSTALLED","LANGUAGE_ID"],"additionalProperties":true,"properties":{"VERSION":{"type":"string","description":"The installed version of the application.","example":"1.0.0"},"ACTIVE":{"type":"string","enum":["Y","N"],"description":"Whether the application is active.","example":"Y"},"INSTALLED":{"type":"string","enum":["Y","N"],"description":"Whether the installation is finished: N until the application reports it is.","example":"Y"},"LANGUAGE_ID":{"type":"string","description":"The portal's language (`en`, `de`, ...).","example":"de"}}};
const schema101 = {"type":"object","description":"The `auth` of ONAPPINSTALL: the portal, the first OAuth tokens of the installation and the application token. Keep all of them per portal (member_id): application_token verifies every later event of this portal (api-reference/events/safe-event-handlers.md); access_token lives an hour and refresh_token 180 days, and each renewal at server_endpoint returns a new refresh_token (settings/oauth/index.md). Extra properties are allowed.","required":["domain","scope","access_token","refresh_token","expires_in","server_endpoint","status","client_endpoint","member_id","application_token"],"additionalProperties":true,"properties":{"domain":{"type":"string","description":"The portal's host name.","example":"some-domain.bitrix24.com"},"scope":{"type":"string","description":"The application's scopes, separated by spaces (or commas).","example":"imbot"},"access_token":{"type":"string","minLength":1,"description":"The OAuth 2.0 access token for REST calls to this portal; lives an hour.","example":"s6p6eclrvim6da22ft9ch94ekreb52lv"},"refresh_token":{"type":"string","minLength":1,"description":"The token that renews access_token; lives 180 days.","example":"4s386p3q0tr8dy89xvmt96234v3dljg8"},"expires_in":{"type":"integer","description":"Seconds until access_token expires.","example":3600},"server_endpoint":{"type":"string","description":"The OAuth server's REST base URL, where tokens are renewed.","example":"https://oauth.bitrix.info/rest/"},"status":{"type":"string","description":"The application's status: L local, F free, D demo, T trial, P paid (a market application).","example":"F"},"client_endpoint":{"type":"string","description":"The portal's REST base URL; method names are appended to it.","example":"https://some-domain.bitrix24.com/rest/"},"member_id":{"type":"string","minLength":1,"description":"The portal's unique id; stays when its address changes.","example":"a223c6b3710f85df22e9377d6c4f7553"},"application_token":{"type":"string","minLength":1,"description":"Proves later deliveries of this portal come from it; save it at install.","example":"51856fefc120afa4b628cc82d3935cce"}}};

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
if(((((data.event === undefined) && (missing0 = "event")) || ((data.data === undefined) && (missing0 = "data"))) || ((data.ts === undefined) && (missing0 = "ts"))) || ((data.auth === undefined) && (missing0 = "auth"))){
validate92.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.event !== undefined){
let data0 = data.event;
const _errs2 = errors;
if(typeof data0 !== "string"){
validate92.errors = [{instancePath:instancePath+"/event",schemaPath:"#/properties/event/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if("ONAPPINSTALL" !== data0){
validate92.errors = [{instancePath:instancePath+"/event",schemaPath:"#/properties/event/const",keyword:"const",params:{allowedValue: "ONAPPINSTALL"},message:"must be equal to constant"}];
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
validate92.errors = [{instancePath:instancePath+"/event_handler_id",schemaPath:"#/properties/event_handler_id/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.data !== undefined){
let data2 = data.data;
const _errs6 = errors;
const _errs7 = errors;
if(errors === _errs7){
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
let missing1;
if(((((data2.VERSION === undefined) && (missing1 = "VERSION")) || ((data2.ACTIVE === undefined) && (missing1 = "ACTIVE"))) || ((data2.INSTALLED === undefined) && (missing1 = "INSTALLED"))) || ((data2.LANGUAGE_ID === undefined) && (missing1 = "LANGUAGE_ID"))){
validate92.errors = [{instancePath:instancePath+"/data",schemaPath:"contract#/$defs/AppInstallData/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data2.VERSION !== undefined){
const _errs10 = errors;
if(typeof data2.VERSION !== "string"){
validate92.errors = [{instancePath:instancePath+"/data/VERSION",schemaPath:"contract#/$defs/AppInstallData/properties/VERSION/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs10 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.ACTIVE !== undefined){
let data4 = data2.ACTIVE;
const _errs13 = errors;
if(typeof data4 !== "string"){
validate92.errors = [{instancePath:instancePath+"/data/ACTIVE",schemaPath:"contract#/$defs/AppInstallData/properties/ACTIVE/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((data4 === "Y") || (data4 === "N"))){
validate92.errors = [{instancePath:instancePath+"/data/ACTIVE",schemaPath:"contract#/$defs/AppInstallData/properties/ACTIVE/enum",keyword:"enum",params:{allowedValues: schema100.properties.ACTIVE.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid2 = _errs13 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.INSTALLED !== undefined){
let data5 = data2.INSTALLED;
const _errs16 = errors;
if(typeof data5 !== "string"){
validate92.errors = [{instancePath:instancePath+"/data/INSTALLED",schemaPath:"contract#/$defs/AppInstallData/properties/INSTALLED/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((data5 === "Y") || (data5 === "N"))){
validate92.errors = [{instancePath:instancePath+"/data/INSTALLED",schemaPath:"contract#/$defs/AppInstallData/properties/INSTALLED/enum",keyword:"enum",params:{allowedValues: schema100.properties.INSTALLED.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid2 = _errs16 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.LANGUAGE_ID !== undefined){
const _errs19 = errors;
if(typeof data2.LANGUAGE_ID !== "string"){
validate92.errors = [{instancePath:instancePath+"/data/LANGUAGE_ID",schemaPath:"contract#/$defs/AppInstallData/properties/LANGUAGE_ID/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
else {
validate92.errors = [{instancePath:instancePath+"/data",schemaPath:"contract#/$defs/AppInstallData/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.ts !== undefined){
let data7 = data.ts;
const _errs22 = errors;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
validate92.errors = [{instancePath:instancePath+"/ts",schemaPath:"#/properties/ts/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid0 = _errs22 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.auth !== undefined){
let data8 = data.auth;
const _errs24 = errors;
const _errs25 = errors;
if(errors === _errs25){
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
let missing2;
if(((((((((((data8.domain === undefined) && (missing2 = "domain")) || ((data8.scope === undefined) && (missing2 = "scope"))) || ((data8.access_token === undefined) && (missing2 = "access_token"))) || ((data8.refresh_token === undefined) && (missing2 = "refresh_token"))) || ((data8.expires_in === undefined) && (missing2 = "expires_in"))) || ((data8.server_endpoint === undefined) && (missing2 = "server_endpoint"))) || ((data8.status === undefined) && (missing2 = "status"))) || ((data8.client_endpoint === undefined) && (missing2 = "client_endpoint"))) || ((data8.member_id === undefined) && (missing2 = "member_id"))) || ((data8.application_token === undefined) && (missing2 = "application_token"))){
validate92.errors = [{instancePath:instancePath+"/auth",schemaPath:"contract#/$defs/AppInstallAuth/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
if(data8.domain !== undefined){
const _errs28 = errors;
if(typeof data8.domain !== "string"){
validate92.errors = [{instancePath:instancePath+"/auth/domain",schemaPath:"contract#/$defs/AppInstallAuth/properties/domain/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid4 = _errs28 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data8.scope !== undefined){
const _errs31 = errors;
if(typeof data8.scope !== "string"){
validate92.errors = [{instancePath:instancePath+"/auth/scope",schemaPath:"contract#/$defs/AppInstallAuth/properties/scope/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid4 = _errs31 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data8.access_token !== undefined){
let data11 = data8.access_token;
const _errs34 = errors;
if(errors === _errs34){
if(typeof data11 === "string"){
if(func1(data11) < 1){
validate92.errors = [{instancePath:instancePath+"/auth/access_token",schemaPath:"contract#/$defs/AppInstallAuth/properties/access_token/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate92.errors = [{instancePath:instancePath+"/auth/access_token",schemaPath:"contract#/$defs/AppInstallAuth/properties/access_token/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid4 = _errs34 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data8.refresh_token !== undefined){
let data12 = data8.refresh_token;
const _errs37 = errors;
if(errors === _errs37){
if(typeof data12 === "string"){
if(func1(data12) < 1){
validate92.errors = [{instancePath:instancePath+"/auth/refresh_token",schemaPath:"contract#/$defs/AppInstallAuth/properties/refresh_token/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate92.errors = [{instancePath:instancePath+"/auth/refresh_token",schemaPath:"contract#/$defs/AppInstallAuth/properties/refresh_token/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid4 = _errs37 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data8.expires_in !== undefined){
let data13 = data8.expires_in;
const _errs40 = errors;
if(!(((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13))) && (isFinite(data13)))){
validate92.errors = [{instancePath:instancePath+"/auth/expires_in",schemaPath:"contract#/$defs/AppInstallAuth/properties/expires_in/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid4 = _errs40 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data8.server_endpoint !== undefined){
const _errs43 = errors;
if(typeof data8.server_endpoint !== "string"){
validate92.errors = [{instancePath:instancePath+"/auth/server_endpoint",schemaPath:"contract#/$defs/AppInstallAuth/properties/server_endpoint/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid4 = _errs43 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data8.status !== undefined){
const _errs46 = errors;
if(typeof data8.status !== "string"){
validate92.errors = [{instancePath:instancePath+"/auth/status",schemaPath:"contract#/$defs/AppInstallAuth/properties/status/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid4 = _errs46 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data8.client_endpoint !== undefined){
const _errs49 = errors;
if(typeof data8.client_endpoint !== "string"){
validate92.errors = [{instancePath:instancePath+"/auth/client_endpoint",schemaPath:"contract#/$defs/AppInstallAuth/properties/client_endpoint/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid4 = _errs49 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data8.member_id !== undefined){
let data17 = data8.member_id;
const _errs52 = errors;
if(errors === _errs52){
if(typeof data17 === "string"){
if(func1(data17) < 1){
validate92.errors = [{instancePath:instancePath+"/auth/member_id",schemaPath:"contract#/$defs/AppInstallAuth/properties/member_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate92.errors = [{instancePath:instancePath+"/auth/member_id",schemaPath:"contract#/$defs/AppInstallAuth/properties/member_id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid4 = _errs52 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data8.application_token !== undefined){
let data18 = data8.application_token;
const _errs55 = errors;
if(errors === _errs55){
if(typeof data18 === "string"){
if(func1(data18) < 1){
validate92.errors = [{instancePath:instancePath+"/auth/application_token",schemaPath:"contract#/$defs/AppInstallAuth/properties/application_token/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate92.errors = [{instancePath:instancePath+"/auth/application_token",schemaPath:"contract#/$defs/AppInstallAuth/properties/application_token/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid4 = _errs55 === errors;
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
}
else {
validate92.errors = [{instancePath:instancePath+"/auth",schemaPath:"contract#/$defs/AppInstallAuth/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs24 === errors;
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
validate92.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate92.errors = vErrors;
return errors === 0;
}
validate92.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate91(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="onAppInstallPayload" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate91.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate92(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate92.errors : vErrors.concat(validate92.errors);
errors = vErrors.length;
}
validate91.errors = vErrors;
return errors === 0;
}
validate91.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const onAppUninstallPayload = validate94;
const schema102 = {"$id":"onAppUninstallPayload","$ref":"contract#/$defs/AppUninstallDelivery"};
const schema103 = {"type":"object","description":"A delivery of ONAPPUNINSTALL: the platform POSTs it as a PHP-style form when the application is uninstalled from a portal.","required":["event","data","ts","auth"],"additionalProperties":true,"properties":{"event":{"type":"string","const":"ONAPPUNINSTALL","description":"The event name, upper case."},"event_handler_id":{"type":"integer","description":"Id of the handler that delivered it (api-reference/events/index.md)."},"data":{"$ref":"contract#/$defs/AppUninstallData"},"ts":{"type":"integer","description":"When the queue sent it, in Unix seconds (a string on the wire, as every value of the form)."},"auth":{"$ref":"contract#/$defs/AppUninstallAuth"}}};
const schema104 = {"type":"object","description":"`data` of ONAPPUNINSTALL (api-reference/common/events/on-app-uninstall.md). Extra properties are allowed.","required":["LANGUAGE_ID","CLEAN"],"additionalProperties":true,"properties":{"LANGUAGE_ID":{"type":"string","description":"The portal's language (`en`, `de`, ...).","example":"de"},"CLEAN":{"type":"integer","enum":[0,1],"description":"1 when the user chose to clear the application's data at uninstall, else 0.","example":1}}};
const schema105 = {"type":"object","description":"The `auth` of ONAPPUNINSTALL: the portal and the application token, no OAuth tokens (the application's access is revoked at uninstall). Extra properties are allowed.","required":["domain","server_endpoint","client_endpoint","member_id","application_token"],"additionalProperties":true,"properties":{"domain":{"type":"string","description":"The portal's host name.","example":"some-domain.bitrix24.com"},"server_endpoint":{"type":"string","description":"The OAuth server's REST base URL.","example":"https://oauth.bitrix.info/rest/"},"client_endpoint":{"type":"string","description":"The portal's REST base URL.","example":"https://some-domain.bitrix24.com/rest/"},"member_id":{"type":"string","minLength":1,"description":"The portal's unique id; the installation to remove.","example":"a223c6b3710f85df22e9377d6c4f7553"},"application_token":{"type":"string","minLength":1,"description":"The portal's application token saved at install; verify the delivery with it.","example":"51856fefc120afa4b628cc82d3935cce"}}};

function validate95(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate95.evaluated;
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
validate95.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.event !== undefined){
let data0 = data.event;
const _errs2 = errors;
if(typeof data0 !== "string"){
validate95.errors = [{instancePath:instancePath+"/event",schemaPath:"#/properties/event/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if("ONAPPUNINSTALL" !== data0){
validate95.errors = [{instancePath:instancePath+"/event",schemaPath:"#/properties/event/const",keyword:"const",params:{allowedValue: "ONAPPUNINSTALL"},message:"must be equal to constant"}];
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
validate95.errors = [{instancePath:instancePath+"/event_handler_id",schemaPath:"#/properties/event_handler_id/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.data !== undefined){
let data2 = data.data;
const _errs6 = errors;
const _errs7 = errors;
if(errors === _errs7){
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
let missing1;
if(((data2.LANGUAGE_ID === undefined) && (missing1 = "LANGUAGE_ID")) || ((data2.CLEAN === undefined) && (missing1 = "CLEAN"))){
validate95.errors = [{instancePath:instancePath+"/data",schemaPath:"contract#/$defs/AppUninstallData/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data2.LANGUAGE_ID !== undefined){
const _errs10 = errors;
if(typeof data2.LANGUAGE_ID !== "string"){
validate95.errors = [{instancePath:instancePath+"/data/LANGUAGE_ID",schemaPath:"contract#/$defs/AppUninstallData/properties/LANGUAGE_ID/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs10 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.CLEAN !== undefined){
let data4 = data2.CLEAN;
const _errs13 = errors;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
validate95.errors = [{instancePath:instancePath+"/data/CLEAN",schemaPath:"contract#/$defs/AppUninstallData/properties/CLEAN/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(!((data4 === 0) || (data4 === 1))){
validate95.errors = [{instancePath:instancePath+"/data/CLEAN",schemaPath:"contract#/$defs/AppUninstallData/properties/CLEAN/enum",keyword:"enum",params:{allowedValues: schema104.properties.CLEAN.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid2 = _errs13 === errors;
}
else {
var valid2 = true;
}
}
}
}
else {
validate95.errors = [{instancePath:instancePath+"/data",schemaPath:"contract#/$defs/AppUninstallData/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.ts !== undefined){
let data5 = data.ts;
const _errs16 = errors;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
validate95.errors = [{instancePath:instancePath+"/ts",schemaPath:"#/properties/ts/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid0 = _errs16 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.auth !== undefined){
let data6 = data.auth;
const _errs18 = errors;
const _errs19 = errors;
if(errors === _errs19){
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
let missing2;
if((((((data6.domain === undefined) && (missing2 = "domain")) || ((data6.server_endpoint === undefined) && (missing2 = "server_endpoint"))) || ((data6.client_endpoint === undefined) && (missing2 = "client_endpoint"))) || ((data6.member_id === undefined) && (missing2 = "member_id"))) || ((data6.application_token === undefined) && (missing2 = "application_token"))){
validate95.errors = [{instancePath:instancePath+"/auth",schemaPath:"contract#/$defs/AppUninstallAuth/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
if(data6.domain !== undefined){
const _errs22 = errors;
if(typeof data6.domain !== "string"){
validate95.errors = [{instancePath:instancePath+"/auth/domain",schemaPath:"contract#/$defs/AppUninstallAuth/properties/domain/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid4 = _errs22 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data6.server_endpoint !== undefined){
const _errs25 = errors;
if(typeof data6.server_endpoint !== "string"){
validate95.errors = [{instancePath:instancePath+"/auth/server_endpoint",schemaPath:"contract#/$defs/AppUninstallAuth/properties/server_endpoint/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid4 = _errs25 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data6.client_endpoint !== undefined){
const _errs28 = errors;
if(typeof data6.client_endpoint !== "string"){
validate95.errors = [{instancePath:instancePath+"/auth/client_endpoint",schemaPath:"contract#/$defs/AppUninstallAuth/properties/client_endpoint/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid4 = _errs28 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data6.member_id !== undefined){
let data10 = data6.member_id;
const _errs31 = errors;
if(errors === _errs31){
if(typeof data10 === "string"){
if(func1(data10) < 1){
validate95.errors = [{instancePath:instancePath+"/auth/member_id",schemaPath:"contract#/$defs/AppUninstallAuth/properties/member_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate95.errors = [{instancePath:instancePath+"/auth/member_id",schemaPath:"contract#/$defs/AppUninstallAuth/properties/member_id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid4 = _errs31 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data6.application_token !== undefined){
let data11 = data6.application_token;
const _errs34 = errors;
if(errors === _errs34){
if(typeof data11 === "string"){
if(func1(data11) < 1){
validate95.errors = [{instancePath:instancePath+"/auth/application_token",schemaPath:"contract#/$defs/AppUninstallAuth/properties/application_token/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate95.errors = [{instancePath:instancePath+"/auth/application_token",schemaPath:"contract#/$defs/AppUninstallAuth/properties/application_token/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid4 = _errs34 === errors;
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
validate95.errors = [{instancePath:instancePath+"/auth",schemaPath:"contract#/$defs/AppUninstallAuth/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs18 === errors;
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
validate95.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate95.errors = vErrors;
return errors === 0;
}
validate95.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate94(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="onAppUninstallPayload" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate94.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate95(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate95.errors : vErrors.concat(validate95.errors);
errors = vErrors.length;
}
validate94.errors = vErrors;
return errors === 0;
}
validate94.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

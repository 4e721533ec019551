// This file is generated from schema/openapi.yaml by scripts/generate.ts. Do not edit.
// Ajv standalone code (JSON Schema 2020-12) for imbot.v2.Chat.User.list. Inputs 1d24b1ce768dce68, code a5c5c30d1b44bb57.
// @ts-nocheck
/* eslint-disable */
import { formats, ucs2length } from '../../runtime/formats.js';
"use strict";
export const params = validate26;
const schema41 = {"$id":"params","$ref":"contract#/$defs/ImbotV2ChatUserListParams"};
const schema42 = {"type":"object","required":["botId","dialogId"],"properties":{"botId":{"$ref":"contract#/$defs/BotId"},"botToken":{"$ref":"contract#/$defs/BotToken"},"dialogId":{"$ref":"contract#/$defs/DialogId"},"order":{"type":"object","properties":{"id":{"$ref":"contract#/$defs/SortDirection"},"lastSendMessageId":{"$ref":"contract#/$defs/SortDirection"},"userId":{"$ref":"contract#/$defs/SortDirection"}}},"limit":{"type":"integer","minimum":1,"maximum":200,"default":50}}};
const schema43 = {"type":"integer","minimum":1};
const schema44 = {"type":"string","minLength":1,"maxLength":40};
const schema45 = {"type":"string","pattern":"^(chat[1-9][0-9]*|[1-9][0-9]*)$"};
const schema46 = {"type":"string","enum":["ASC","DESC"]};
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
if(data.limit === undefined){
data.limit = 50;
}
let missing0;
if(((data.botId === undefined) && (missing0 = "botId")) || ((data.dialogId === undefined) && (missing0 = "dialogId"))){
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
if(data.order !== undefined){
let data3 = data.order;
const _errs10 = errors;
if(errors === _errs10){
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.id !== undefined){
let data4 = data3.id;
const _errs12 = errors;
if(typeof data4 !== "string"){
validate27.errors = [{instancePath:instancePath+"/order/id",schemaPath:"contract#/$defs/SortDirection/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((data4 === "ASC") || (data4 === "DESC"))){
validate27.errors = [{instancePath:instancePath+"/order/id",schemaPath:"contract#/$defs/SortDirection/enum",keyword:"enum",params:{allowedValues: schema46.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid4 = _errs12 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data3.lastSendMessageId !== undefined){
let data5 = data3.lastSendMessageId;
const _errs15 = errors;
if(typeof data5 !== "string"){
validate27.errors = [{instancePath:instancePath+"/order/lastSendMessageId",schemaPath:"contract#/$defs/SortDirection/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((data5 === "ASC") || (data5 === "DESC"))){
validate27.errors = [{instancePath:instancePath+"/order/lastSendMessageId",schemaPath:"contract#/$defs/SortDirection/enum",keyword:"enum",params:{allowedValues: schema46.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid4 = _errs15 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data3.userId !== undefined){
let data6 = data3.userId;
const _errs18 = errors;
if(typeof data6 !== "string"){
validate27.errors = [{instancePath:instancePath+"/order/userId",schemaPath:"contract#/$defs/SortDirection/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((data6 === "ASC") || (data6 === "DESC"))){
validate27.errors = [{instancePath:instancePath+"/order/userId",schemaPath:"contract#/$defs/SortDirection/enum",keyword:"enum",params:{allowedValues: schema46.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid4 = _errs18 === errors;
}
else {
var valid4 = true;
}
}
}
}
else {
validate27.errors = [{instancePath:instancePath+"/order",schemaPath:"#/properties/order/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
let data7 = data.limit;
const _errs21 = errors;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
validate27.errors = [{instancePath:instancePath+"/limit",schemaPath:"#/properties/limit/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs21){
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 > 200 || isNaN(data7)){
validate27.errors = [{instancePath:instancePath+"/limit",schemaPath:"#/properties/limit/maximum",keyword:"maximum",params:{comparison: "<=", limit: 200},message:"must be <= 200"}];
return false;
}
else {
if(data7 < 1 || isNaN(data7)){
validate27.errors = [{instancePath:instancePath+"/limit",schemaPath:"#/properties/limit/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
}
var valid0 = _errs21 === errors;
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
validate27.evaluated = {"props":{"botId":true,"botToken":true,"dialogId":true,"order":true,"limit":true},"dynamicProps":false,"dynamicItems":false};


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
validate26.evaluated = {"props":{"botId":true,"botToken":true,"dialogId":true,"order":true,"limit":true},"dynamicProps":false,"dynamicItems":false};

export const success = validate20;
const schema31 = {"$id":"success","$ref":"contract#/$defs/ImbotV2ChatUserListSuccess"};
const schema33 = {"type":"object","required":["result","time"],"properties":{"result":{"type":"array","items":{"$ref":"contract#/$defs/User"}},"time":{"$ref":"contract#/$defs/ResponseTime"}}};
const schema40 = {"type":"object","required":["start","finish","duration","processing","date_start","date_finish"],"properties":{"start":{"type":"number"},"finish":{"type":"number"},"duration":{"type":"number"},"processing":{"type":"number"},"date_start":{"type":"string","format":"date-time"},"date_finish":{"type":"string","format":"date-time"},"operating":{"type":"number"},"operating_reset_at":{"type":"integer"}}};
const schema34 = {"type":"object","required":["id"],"properties":{"id":{"type":"integer","minimum":1},"active":{"type":"boolean"},"name":{"type":"string"},"firstName":{"type":"string"},"lastName":{"type":"string"},"workPosition":{"type":"string"},"color":{"type":"string"},"avatar":{"type":"string"},"gender":{"type":"string"},"birthday":{"type":"string"},"extranet":{"type":"boolean"},"bot":{"type":"boolean"},"connector":{"type":"boolean"},"externalAuthId":{"type":"string"},"status":{"type":"string"},"idle":{"$ref":"contract#/$defs/DateTimeOrFalse"},"lastActivityDate":{"$ref":"contract#/$defs/DateTimeOrFalse"},"mobileLastDate":{"$ref":"contract#/$defs/DateTimeOrFalse"},"desktopLastDate":{"$ref":"contract#/$defs/DateTimeOrFalse"},"absent":{"$ref":"contract#/$defs/DateTimeOrFalse"},"departments":{"type":"array","items":{"type":"integer"}},"phones":{"oneOf":[{"type":"object"},{"type":"array"},{"const":false}]},"type":{"type":"string"},"website":{"type":"string"},"email":{"type":"string"}}};
const schema35 = {"oneOf":[{"type":"string","format":"date-time"},{"const":false}]};
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
if(Array.isArray(data0)){
var valid1 = true;
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
const _errs3 = errors;
if(!(validate23(data0[i0], {instancePath:instancePath+"/result/" + i0,parentData:data0,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
var valid1 = _errs3 === errors;
if(!valid1){
break;
}
}
}
else {
validate22.errors = [{instancePath:instancePath+"/result",schemaPath:"#/properties/result/type",keyword:"type",params:{type: "array"},message:"must be array"}];
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
validate22.errors = [{instancePath:instancePath+"/time",schemaPath:"contract#/$defs/ResponseTime/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data2.start !== undefined){
let data3 = data2.start;
const _errs7 = errors;
if(!((typeof data3 == "number") && (isFinite(data3)))){
validate22.errors = [{instancePath:instancePath+"/time/start",schemaPath:"contract#/$defs/ResponseTime/properties/start/type",keyword:"type",params:{type: "number"},message:"must be number"}];
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
const _errs9 = errors;
if(!((typeof data4 == "number") && (isFinite(data4)))){
validate22.errors = [{instancePath:instancePath+"/time/finish",schemaPath:"contract#/$defs/ResponseTime/properties/finish/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid3 = _errs9 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.duration !== undefined){
let data5 = data2.duration;
const _errs11 = errors;
if(!((typeof data5 == "number") && (isFinite(data5)))){
validate22.errors = [{instancePath:instancePath+"/time/duration",schemaPath:"contract#/$defs/ResponseTime/properties/duration/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid3 = _errs11 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.processing !== undefined){
let data6 = data2.processing;
const _errs13 = errors;
if(!((typeof data6 == "number") && (isFinite(data6)))){
validate22.errors = [{instancePath:instancePath+"/time/processing",schemaPath:"contract#/$defs/ResponseTime/properties/processing/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid3 = _errs13 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.date_start !== undefined){
let data7 = data2.date_start;
const _errs15 = errors;
if(errors === _errs15){
if(errors === _errs15){
if(typeof data7 === "string"){
if(!(formats0(data7))){
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
var valid3 = _errs15 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.date_finish !== undefined){
let data8 = data2.date_finish;
const _errs17 = errors;
if(errors === _errs17){
if(errors === _errs17){
if(typeof data8 === "string"){
if(!(formats0(data8))){
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
var valid3 = _errs17 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.operating !== undefined){
let data9 = data2.operating;
const _errs19 = errors;
if(!((typeof data9 == "number") && (isFinite(data9)))){
validate22.errors = [{instancePath:instancePath+"/time/operating",schemaPath:"contract#/$defs/ResponseTime/properties/operating/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid3 = _errs19 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.operating_reset_at !== undefined){
let data10 = data2.operating_reset_at;
const _errs21 = errors;
if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){
validate22.errors = [{instancePath:instancePath+"/time/operating_reset_at",schemaPath:"contract#/$defs/ResponseTime/properties/operating_reset_at/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid3 = _errs21 === errors;
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
var valid0 = _errs4 === errors;
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

// This file is generated from schema/openapi.yaml by scripts/generate.ts. Do not edit.
// Ajv standalone code (JSON Schema 2020-12) for imbot.v2.Chat.Message.delete. Inputs 4d51596bc8f1ac71, code 443615dbca553cba.
// @ts-nocheck
/* eslint-disable */
import { formats, ucs2length } from '../../runtime/formats.js';
"use strict";
export const params = validate24;
const schema36 = {"$id":"params","$ref":"contract#/$defs/ImbotV2ChatMessageDeleteParams"};
const schema37 = {"type":"object","required":["botId","messageId"],"properties":{"botId":{"$ref":"contract#/$defs/BotId"},"botToken":{"$ref":"contract#/$defs/BotToken"},"messageId":{"$ref":"contract#/$defs/MessageId"},"complete":{"type":"boolean","default":false}}};
const schema38 = {"type":"integer","minimum":1};
const schema39 = {"type":"string","minLength":1,"maxLength":40};
const schema40 = {"type":"integer","minimum":1};
const func1 = ucs2length;

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
if(data.complete === undefined){
data.complete = false;
}
let missing0;
if(((data.botId === undefined) && (missing0 = "botId")) || ((data.messageId === undefined) && (missing0 = "messageId"))){
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
if(data.messageId !== undefined){
let data2 = data.messageId;
const _errs7 = errors;
const _errs8 = errors;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
validate25.errors = [{instancePath:instancePath+"/messageId",schemaPath:"contract#/$defs/MessageId/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs8){
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 1 || isNaN(data2)){
validate25.errors = [{instancePath:instancePath+"/messageId",schemaPath:"contract#/$defs/MessageId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
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
const _errs10 = errors;
if(typeof data.complete !== "boolean"){
validate25.errors = [{instancePath:instancePath+"/complete",schemaPath:"#/properties/complete/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs10 === errors;
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
validate25.evaluated = {"props":{"botId":true,"botToken":true,"messageId":true,"complete":true},"dynamicProps":false,"dynamicItems":false};


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
validate24.evaluated = {"props":{"botId":true,"botToken":true,"messageId":true,"complete":true},"dynamicProps":false,"dynamicItems":false};

export const success = validate20;
const schema31 = {"$id":"success","$ref":"contract#/$defs/ImbotV2ChatMessageDeleteSuccess"};
const schema33 = {"type":"object","required":["result","time"],"properties":{"result":{"$ref":"contract#/$defs/BooleanResult"},"time":{"$ref":"contract#/$defs/ResponseTime"}}};
const schema34 = {"type":"object","required":["result"],"properties":{"result":{"type":"boolean"}}};
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
const _errs2 = errors;
if(errors === _errs2){
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
let missing1;
if((data0.result === undefined) && (missing1 = "result")){
validate22.errors = [{instancePath:instancePath+"/result",schemaPath:"contract#/$defs/BooleanResult/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data0.result !== undefined){
if(typeof data0.result !== "boolean"){
validate22.errors = [{instancePath:instancePath+"/result/result",schemaPath:"contract#/$defs/BooleanResult/properties/result/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
}
}
}
else {
validate22.errors = [{instancePath:instancePath+"/result",schemaPath:"contract#/$defs/BooleanResult/type",keyword:"type",params:{type: "object"},message:"must be object"}];
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
const _errs6 = errors;
const _errs7 = errors;
if(errors === _errs7){
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
let missing2;
if(((((((data2.start === undefined) && (missing2 = "start")) || ((data2.finish === undefined) && (missing2 = "finish"))) || ((data2.duration === undefined) && (missing2 = "duration"))) || ((data2.processing === undefined) && (missing2 = "processing"))) || ((data2.date_start === undefined) && (missing2 = "date_start"))) || ((data2.date_finish === undefined) && (missing2 = "date_finish"))){
validate22.errors = [{instancePath:instancePath+"/time",schemaPath:"contract#/$defs/ResponseTime/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
if(data2.start !== undefined){
let data3 = data2.start;
const _errs9 = errors;
if(!((typeof data3 == "number") && (isFinite(data3)))){
validate22.errors = [{instancePath:instancePath+"/time/start",schemaPath:"contract#/$defs/ResponseTime/properties/start/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid4 = _errs9 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data2.finish !== undefined){
let data4 = data2.finish;
const _errs11 = errors;
if(!((typeof data4 == "number") && (isFinite(data4)))){
validate22.errors = [{instancePath:instancePath+"/time/finish",schemaPath:"contract#/$defs/ResponseTime/properties/finish/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid4 = _errs11 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data2.duration !== undefined){
let data5 = data2.duration;
const _errs13 = errors;
if(!((typeof data5 == "number") && (isFinite(data5)))){
validate22.errors = [{instancePath:instancePath+"/time/duration",schemaPath:"contract#/$defs/ResponseTime/properties/duration/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid4 = _errs13 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data2.processing !== undefined){
let data6 = data2.processing;
const _errs15 = errors;
if(!((typeof data6 == "number") && (isFinite(data6)))){
validate22.errors = [{instancePath:instancePath+"/time/processing",schemaPath:"contract#/$defs/ResponseTime/properties/processing/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid4 = _errs15 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data2.date_start !== undefined){
let data7 = data2.date_start;
const _errs17 = errors;
if(errors === _errs17){
if(errors === _errs17){
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
var valid4 = _errs17 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data2.date_finish !== undefined){
let data8 = data2.date_finish;
const _errs19 = errors;
if(errors === _errs19){
if(errors === _errs19){
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
var valid4 = _errs19 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data2.operating !== undefined){
let data9 = data2.operating;
const _errs21 = errors;
if(!((typeof data9 == "number") && (isFinite(data9)))){
validate22.errors = [{instancePath:instancePath+"/time/operating",schemaPath:"contract#/$defs/ResponseTime/properties/operating/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid4 = _errs21 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data2.operating_reset_at !== undefined){
let data10 = data2.operating_reset_at;
const _errs23 = errors;
if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){
validate22.errors = [{instancePath:instancePath+"/time/operating_reset_at",schemaPath:"contract#/$defs/ResponseTime/properties/operating_reset_at/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid4 = _errs23 === errors;
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
var valid0 = _errs6 === errors;
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

// This file is generated from schema/openapi.yaml by scripts/generate.ts. Do not edit.
// Ajv standalone code (JSON Schema 2020-12) for imbot.v2.Command.register. Inputs 0516cb5497c774a1, code 42e42394b40b6c6c.
// @ts-nocheck
/* eslint-disable */
import { formats, ucs2length } from '../../runtime/formats.js';
"use strict";
export const params = validate26;
const schema37 = {"$id":"params","$ref":"contract#/$defs/ImbotV2CommandRegisterParams"};
const schema38 = {"type":"object","required":["botId","fields"],"properties":{"botId":{"$ref":"contract#/$defs/BotId"},"botToken":{"$ref":"contract#/$defs/BotToken"},"fields":{"type":"object","required":["command"],"properties":{"command":{"$ref":"contract#/$defs/ImbotV2CommandName"},"title":{"$ref":"contract#/$defs/ImbotV2LocalizedText"},"params":{"$ref":"contract#/$defs/ImbotV2LocalizedText"},"common":{"type":"boolean","default":false},"hidden":{"type":"boolean","default":false},"extranetSupport":{"type":"boolean","default":false}}}}};
const schema39 = {"type":"integer","minimum":1};
const schema40 = {"type":"string","minLength":1,"maxLength":40};
const schema41 = {"type":"string","minLength":1};
const schema42 = {"type":"object","propertyNames":{"pattern":"^[a-z]{2}$"},"additionalProperties":{"type":"string"}};
const func1 = ucs2length;
const pattern4 = new RegExp("^[a-z]{2}$", "u");

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
if(((data.botId === undefined) && (missing0 = "botId")) || ((data.fields === undefined) && (missing0 = "fields"))){
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
validate27.errors = [{instancePath:instancePath+"/fields",schemaPath:"#/properties/fields/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data2.command !== undefined){
let data3 = data2.command;
const _errs9 = errors;
const _errs10 = errors;
if(errors === _errs10){
if(typeof data3 === "string"){
if(func1(data3) < 1){
validate27.errors = [{instancePath:instancePath+"/fields/command",schemaPath:"contract#/$defs/ImbotV2CommandName/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate27.errors = [{instancePath:instancePath+"/fields/command",schemaPath:"contract#/$defs/ImbotV2CommandName/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid3 = _errs9 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.title !== undefined){
let data4 = data2.title;
const _errs12 = errors;
const _errs13 = errors;
if(errors === _errs13){
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
for(const key0 in data4){
const _errs15 = errors;
if(typeof key0 === "string"){
if(!pattern4.test(key0)){
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
var valid6 = _errs15 === errors;
if(!valid6){
const err1 = {instancePath:instancePath+"/fields/title",schemaPath:"contract#/$defs/ImbotV2LocalizedText/propertyNames",keyword:"propertyNames",params:{propertyName: key0},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
validate27.errors = vErrors;
return false;
break;
}
}
if(valid6){
for(const key1 in data4){
const _errs17 = errors;
if(typeof data4[key1] !== "string"){
validate27.errors = [{instancePath:instancePath+"/fields/title/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"contract#/$defs/ImbotV2LocalizedText/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid7 = _errs17 === errors;
if(!valid7){
break;
}
}
}
}
else {
validate27.errors = [{instancePath:instancePath+"/fields/title",schemaPath:"contract#/$defs/ImbotV2LocalizedText/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid3 = _errs12 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.params !== undefined){
let data6 = data2.params;
const _errs19 = errors;
const _errs20 = errors;
if(errors === _errs20){
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
for(const key2 in data6){
const _errs22 = errors;
if(typeof key2 === "string"){
if(!pattern4.test(key2)){
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
var valid9 = _errs22 === errors;
if(!valid9){
const err3 = {instancePath:instancePath+"/fields/params",schemaPath:"contract#/$defs/ImbotV2LocalizedText/propertyNames",keyword:"propertyNames",params:{propertyName: key2},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
validate27.errors = vErrors;
return false;
break;
}
}
if(valid9){
for(const key3 in data6){
const _errs24 = errors;
if(typeof data6[key3] !== "string"){
validate27.errors = [{instancePath:instancePath+"/fields/params/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"contract#/$defs/ImbotV2LocalizedText/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid10 = _errs24 === errors;
if(!valid10){
break;
}
}
}
}
else {
validate27.errors = [{instancePath:instancePath+"/fields/params",schemaPath:"contract#/$defs/ImbotV2LocalizedText/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid3 = _errs19 === errors;
}
else {
var valid3 = true;
}
if(valid3){
const _errs26 = errors;
if(typeof data2.common !== "boolean"){
validate27.errors = [{instancePath:instancePath+"/fields/common",schemaPath:"#/properties/fields/properties/common/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid3 = _errs26 === errors;
if(valid3){
const _errs28 = errors;
if(typeof data2.hidden !== "boolean"){
validate27.errors = [{instancePath:instancePath+"/fields/hidden",schemaPath:"#/properties/fields/properties/hidden/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid3 = _errs28 === errors;
if(valid3){
const _errs30 = errors;
if(typeof data2.extranetSupport !== "boolean"){
validate27.errors = [{instancePath:instancePath+"/fields/extranetSupport",schemaPath:"#/properties/fields/properties/extranetSupport/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid3 = _errs30 === errors;
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
const schema31 = {"$id":"success","$ref":"contract#/$defs/ImbotV2CommandRegisterSuccess"};
const schema33 = {"type":"object","required":["result","time"],"properties":{"result":{"$ref":"contract#/$defs/ImbotV2CommandRegisterResult"},"time":{"$ref":"contract#/$defs/ResponseTime"}}};
const schema36 = {"type":"object","required":["start","finish","duration","processing","date_start","date_finish"],"properties":{"start":{"type":"number"},"finish":{"type":"number"},"duration":{"type":"number"},"processing":{"type":"number"},"date_start":{"type":"string","format":"date-time"},"date_finish":{"type":"string","format":"date-time"},"operating":{"type":"number"},"operating_reset_at":{"type":"integer"}}};
const schema34 = {"type":"object","required":["command"],"properties":{"command":{"$ref":"contract#/$defs/Command"}}};
const schema35 = {"type":"object","required":["id","command"],"properties":{"id":{"type":"integer","minimum":1},"botId":{"type":"integer","minimum":1},"command":{"type":"string"},"common":{"type":"boolean"},"hidden":{"type":"boolean"},"extranetSupport":{"type":"boolean"},"title":{"type":"string"},"params":{"type":"string"},"category":{"type":"string"},"context":{"type":"string"}}};

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
if((data.command === undefined) && (missing0 = "command")){
validate23.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.command !== undefined){
let data0 = data.command;
const _errs2 = errors;
if(errors === _errs2){
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
let missing1;
if(((data0.id === undefined) && (missing1 = "id")) || ((data0.command === undefined) && (missing1 = "command"))){
validate23.errors = [{instancePath:instancePath+"/command",schemaPath:"contract#/$defs/Command/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data0.id !== undefined){
let data1 = data0.id;
const _errs4 = errors;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
validate23.errors = [{instancePath:instancePath+"/command/id",schemaPath:"contract#/$defs/Command/properties/id/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs4){
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 < 1 || isNaN(data1)){
validate23.errors = [{instancePath:instancePath+"/command/id",schemaPath:"contract#/$defs/Command/properties/id/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
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
if(data0.botId !== undefined){
let data2 = data0.botId;
const _errs6 = errors;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
validate23.errors = [{instancePath:instancePath+"/command/botId",schemaPath:"contract#/$defs/Command/properties/botId/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs6){
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 1 || isNaN(data2)){
validate23.errors = [{instancePath:instancePath+"/command/botId",schemaPath:"contract#/$defs/Command/properties/botId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
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
if(data0.command !== undefined){
const _errs8 = errors;
if(typeof data0.command !== "string"){
validate23.errors = [{instancePath:instancePath+"/command/command",schemaPath:"contract#/$defs/Command/properties/command/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs8 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data0.common !== undefined){
const _errs10 = errors;
if(typeof data0.common !== "boolean"){
validate23.errors = [{instancePath:instancePath+"/command/common",schemaPath:"contract#/$defs/Command/properties/common/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid2 = _errs10 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data0.hidden !== undefined){
const _errs12 = errors;
if(typeof data0.hidden !== "boolean"){
validate23.errors = [{instancePath:instancePath+"/command/hidden",schemaPath:"contract#/$defs/Command/properties/hidden/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid2 = _errs12 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data0.extranetSupport !== undefined){
const _errs14 = errors;
if(typeof data0.extranetSupport !== "boolean"){
validate23.errors = [{instancePath:instancePath+"/command/extranetSupport",schemaPath:"contract#/$defs/Command/properties/extranetSupport/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid2 = _errs14 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data0.title !== undefined){
const _errs16 = errors;
if(typeof data0.title !== "string"){
validate23.errors = [{instancePath:instancePath+"/command/title",schemaPath:"contract#/$defs/Command/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs16 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data0.params !== undefined){
const _errs18 = errors;
if(typeof data0.params !== "string"){
validate23.errors = [{instancePath:instancePath+"/command/params",schemaPath:"contract#/$defs/Command/properties/params/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs18 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data0.category !== undefined){
const _errs20 = errors;
if(typeof data0.category !== "string"){
validate23.errors = [{instancePath:instancePath+"/command/category",schemaPath:"contract#/$defs/Command/properties/category/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs20 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data0.context !== undefined){
const _errs22 = errors;
if(typeof data0.context !== "string"){
validate23.errors = [{instancePath:instancePath+"/command/context",schemaPath:"contract#/$defs/Command/properties/context/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs22 === errors;
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
validate23.errors = [{instancePath:instancePath+"/command",schemaPath:"contract#/$defs/Command/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
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
validate23.evaluated = {"props":{"command":true},"dynamicProps":false,"dynamicItems":false};

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

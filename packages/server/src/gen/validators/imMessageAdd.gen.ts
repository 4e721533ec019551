// This file is generated from schema/openapi.yaml by scripts/generate.ts. Do not edit.
// Ajv standalone code (JSON Schema 2020-12) for im.message.add. Inputs a20e3ce948292531, code 8ea0c31c1328b3d2.
// @ts-nocheck
/* eslint-disable */
import { formats, ucs2length } from '../../runtime/formats.js';
"use strict";
export const params = validate24;
const schema35 = {"$id":"params","$ref":"contract#/$defs/ImMessageAddParams"};
const schema36 = {"type":"object","required":["DIALOG_ID","MESSAGE"],"properties":{"DIALOG_ID":{"type":"string","pattern":"^(chat[1-9][0-9]*|[1-9][0-9]*)$"},"MESSAGE":{"type":"string","minLength":1,"maxLength":20000},"SYSTEM":{"type":"string","enum":["Y","N"],"default":"N"},"URL_PREVIEW":{"type":"string","enum":["Y","N"],"default":"Y"},"ATTACH":{},"KEYBOARD":{},"MENU":{}}};
const pattern4 = new RegExp("^(chat[1-9][0-9]*|[1-9][0-9]*)$", "u");
const func1 = ucs2length;

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
const _errs0 = errors;
if(errors === _errs0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.SYSTEM === undefined){
data.SYSTEM = "N";
}
if(data.URL_PREVIEW === undefined){
data.URL_PREVIEW = "Y";
}
let missing0;
if(((data.DIALOG_ID === undefined) && (missing0 = "DIALOG_ID")) || ((data.MESSAGE === undefined) && (missing0 = "MESSAGE"))){
validate24.errors = [{instancePath,schemaPath:"contract#/$defs/ImMessageAddParams/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.DIALOG_ID !== undefined){
let data0 = data.DIALOG_ID;
const _errs2 = errors;
if(errors === _errs2){
if(typeof data0 === "string"){
if(!pattern4.test(data0)){
validate24.errors = [{instancePath:instancePath+"/DIALOG_ID",schemaPath:"contract#/$defs/ImMessageAddParams/properties/DIALOG_ID/pattern",keyword:"pattern",params:{pattern: "^(chat[1-9][0-9]*|[1-9][0-9]*)$"},message:"must match pattern \""+"^(chat[1-9][0-9]*|[1-9][0-9]*)$"+"\""}];
return false;
}
}
else {
validate24.errors = [{instancePath:instancePath+"/DIALOG_ID",schemaPath:"contract#/$defs/ImMessageAddParams/properties/DIALOG_ID/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid1 = _errs2 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.MESSAGE !== undefined){
let data1 = data.MESSAGE;
const _errs4 = errors;
if(errors === _errs4){
if(typeof data1 === "string"){
if(func1(data1) > 20000){
validate24.errors = [{instancePath:instancePath+"/MESSAGE",schemaPath:"contract#/$defs/ImMessageAddParams/properties/MESSAGE/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters"}];
return false;
}
else {
if(func1(data1) < 1){
validate24.errors = [{instancePath:instancePath+"/MESSAGE",schemaPath:"contract#/$defs/ImMessageAddParams/properties/MESSAGE/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate24.errors = [{instancePath:instancePath+"/MESSAGE",schemaPath:"contract#/$defs/ImMessageAddParams/properties/MESSAGE/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid1 = _errs4 === errors;
}
else {
var valid1 = true;
}
if(valid1){
let data2 = data.SYSTEM;
const _errs6 = errors;
if(typeof data2 !== "string"){
validate24.errors = [{instancePath:instancePath+"/SYSTEM",schemaPath:"contract#/$defs/ImMessageAddParams/properties/SYSTEM/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((data2 === "Y") || (data2 === "N"))){
validate24.errors = [{instancePath:instancePath+"/SYSTEM",schemaPath:"contract#/$defs/ImMessageAddParams/properties/SYSTEM/enum",keyword:"enum",params:{allowedValues: schema36.properties.SYSTEM.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid1 = _errs6 === errors;
if(valid1){
let data3 = data.URL_PREVIEW;
const _errs8 = errors;
if(typeof data3 !== "string"){
validate24.errors = [{instancePath:instancePath+"/URL_PREVIEW",schemaPath:"contract#/$defs/ImMessageAddParams/properties/URL_PREVIEW/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((data3 === "Y") || (data3 === "N"))){
validate24.errors = [{instancePath:instancePath+"/URL_PREVIEW",schemaPath:"contract#/$defs/ImMessageAddParams/properties/URL_PREVIEW/enum",keyword:"enum",params:{allowedValues: schema36.properties.URL_PREVIEW.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid1 = _errs8 === errors;
}
}
}
}
}
else {
validate24.errors = [{instancePath,schemaPath:"contract#/$defs/ImMessageAddParams/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate24.errors = vErrors;
return errors === 0;
}
validate24.evaluated = {"props":{"DIALOG_ID":true,"MESSAGE":true,"SYSTEM":true,"URL_PREVIEW":true,"ATTACH":true,"KEYBOARD":true,"MENU":true},"dynamicProps":false,"dynamicItems":false};

export const success = validate20;
const schema31 = {"$id":"success","$ref":"contract#/$defs/ImMessageAddSuccess"};
const schema33 = {"type":"object","required":["result","time"],"properties":{"result":{"type":"integer","minimum":1},"time":{"$ref":"contract#/$defs/ResponseTime"}}};
const schema34 = {"type":"object","required":["start","finish","duration","processing","date_start","date_finish"],"properties":{"start":{"type":"number"},"finish":{"type":"number"},"duration":{"type":"number"},"processing":{"type":"number"},"date_start":{"type":"string","format":"date-time"},"date_finish":{"type":"string","format":"date-time"},"operating":{"type":"number"},"operating_reset_at":{"type":"integer"}}};
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
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
validate22.errors = [{instancePath:instancePath+"/result",schemaPath:"#/properties/result/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs1){
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 < 1 || isNaN(data0)){
validate22.errors = [{instancePath:instancePath+"/result",schemaPath:"#/properties/result/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
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
const _errs3 = errors;
const _errs4 = errors;
if(errors === _errs4){
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
let missing1;
if(((((((data1.start === undefined) && (missing1 = "start")) || ((data1.finish === undefined) && (missing1 = "finish"))) || ((data1.duration === undefined) && (missing1 = "duration"))) || ((data1.processing === undefined) && (missing1 = "processing"))) || ((data1.date_start === undefined) && (missing1 = "date_start"))) || ((data1.date_finish === undefined) && (missing1 = "date_finish"))){
validate22.errors = [{instancePath:instancePath+"/time",schemaPath:"contract#/$defs/ResponseTime/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data1.start !== undefined){
let data2 = data1.start;
const _errs6 = errors;
if(!((typeof data2 == "number") && (isFinite(data2)))){
validate22.errors = [{instancePath:instancePath+"/time/start",schemaPath:"contract#/$defs/ResponseTime/properties/start/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid2 = _errs6 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.finish !== undefined){
let data3 = data1.finish;
const _errs8 = errors;
if(!((typeof data3 == "number") && (isFinite(data3)))){
validate22.errors = [{instancePath:instancePath+"/time/finish",schemaPath:"contract#/$defs/ResponseTime/properties/finish/type",keyword:"type",params:{type: "number"},message:"must be number"}];
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
const _errs10 = errors;
if(!((typeof data4 == "number") && (isFinite(data4)))){
validate22.errors = [{instancePath:instancePath+"/time/duration",schemaPath:"contract#/$defs/ResponseTime/properties/duration/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid2 = _errs10 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.processing !== undefined){
let data5 = data1.processing;
const _errs12 = errors;
if(!((typeof data5 == "number") && (isFinite(data5)))){
validate22.errors = [{instancePath:instancePath+"/time/processing",schemaPath:"contract#/$defs/ResponseTime/properties/processing/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid2 = _errs12 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.date_start !== undefined){
let data6 = data1.date_start;
const _errs14 = errors;
if(errors === _errs14){
if(errors === _errs14){
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
var valid2 = _errs14 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.date_finish !== undefined){
let data7 = data1.date_finish;
const _errs16 = errors;
if(errors === _errs16){
if(errors === _errs16){
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
var valid2 = _errs16 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.operating !== undefined){
let data8 = data1.operating;
const _errs18 = errors;
if(!((typeof data8 == "number") && (isFinite(data8)))){
validate22.errors = [{instancePath:instancePath+"/time/operating",schemaPath:"contract#/$defs/ResponseTime/properties/operating/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid2 = _errs18 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.operating_reset_at !== undefined){
let data9 = data1.operating_reset_at;
const _errs20 = errors;
if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
validate22.errors = [{instancePath:instancePath+"/time/operating_reset_at",schemaPath:"contract#/$defs/ResponseTime/properties/operating_reset_at/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid2 = _errs20 === errors;
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
var valid0 = _errs3 === errors;
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

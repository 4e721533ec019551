// This file is generated from schema/openapi.yaml by scripts/generate.ts. Do not edit.
// Ajv standalone code (JSON Schema 2020-12) for imbot.v2.Command.answer. Inputs 4c2f338f3c9fb6f7, code 435b24e5aaffb9c3.
// @ts-nocheck
/* eslint-disable */
import { formats, ucs2length } from '../../runtime/formats.js';
"use strict";
export const params = validate24;
const schema36 = {"$id":"params","$ref":"contract#/$defs/ImbotV2CommandAnswerParams"};
const schema37 = {"type":"object","required":["botId","commandId","messageId","dialogId"],"properties":{"botId":{"$ref":"contract#/$defs/BotId"},"botToken":{"$ref":"contract#/$defs/BotToken"},"commandId":{"$ref":"contract#/$defs/CommandId"},"messageId":{"$ref":"contract#/$defs/MessageId"},"dialogId":{"$ref":"contract#/$defs/DialogId"},"fields":{"type":"object","properties":{"message":{"$ref":"contract#/$defs/ImbotV2MessageText"},"attach":{"$ref":"contract#/$defs/ImbotV2Attach"},"keyboard":{"$ref":"contract#/$defs/ImbotV2Keyboard"},"system":{"type":"boolean","default":false},"urlPreview":{"type":"boolean","default":true}}}}};
const schema38 = {"type":"integer","minimum":1};
const schema39 = {"type":"string","minLength":1,"maxLength":40};
const schema40 = {"type":"integer","minimum":1};
const schema41 = {"type":"integer","minimum":1};
const schema42 = {"type":"string","pattern":"^(chat[1-9][0-9]*|[1-9][0-9]*)$"};
const schema43 = {"type":"string","maxLength":20000};
const schema44 = {"oneOf":[{"type":"array","items":{"type":"object"}},{"type":"object","properties":{"ID":{"type":"integer"},"COLOR_TOKEN":{"type":"string"},"COLOR":{"type":"string"},"BLOCKS":{"type":"array","items":{"type":"object"}}}}]};
const func1 = ucs2length;
const pattern4 = new RegExp("^(chat[1-9][0-9]*|[1-9][0-9]*)$", "u");
const schema45 = {"oneOf":[{"type":"array","items":{"$ref":"contract#/$defs/ImbotV2KeyboardButton"}},{"type":"object","required":["BUTTONS"],"properties":{"BOT_ID":{"type":"integer","minimum":1},"BUTTONS":{"type":"array","items":{"$ref":"contract#/$defs/ImbotV2KeyboardButton"}}}}]};
const schema46 = {"type":"object","properties":{"TEXT":{"type":"string"},"TYPE":{"type":"string","enum":["NEWLINE"]},"LINK":{"type":"string"},"COMMAND":{"type":"string"},"COMMAND_PARAMS":{"type":"string"},"ACTION":{"type":"string","enum":["PUT","SEND","COPY","CALL","DIALOG"]},"ACTION_VALUE":{"type":"string"},"APP_ID":{"type":"integer","minimum":1},"APP_PARAMS":{"type":"string"},"BLOCK":{"type":"string","enum":["Y","N"]},"DISABLED":{"type":"string","enum":["Y","N"]},"CONTEXT":{"type":"string","enum":["MOBILE","DESKTOP","ALL"]},"DISPLAY":{"type":"string","enum":["LINE","BLOCK"]},"WIDTH":{"type":"integer","minimum":1},"BG_COLOR":{"type":"string"},"BG_COLOR_TOKEN":{"type":"string","enum":["primary","secondary","alert","base"]},"TEXT_COLOR":{"type":"string"},"OFF_BG_COLOR":{"type":"string"},"OFF_TEXT_COLOR":{"type":"string"}}};

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
const _errs6 = errors;
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
var valid3 = _errs6 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data0.TYPE !== undefined){
let data2 = data0.TYPE;
const _errs8 = errors;
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
const err2 = {instancePath:instancePath+"/" + i0+"/TYPE",schemaPath:"contract#/$defs/ImbotV2KeyboardButton/properties/TYPE/enum",keyword:"enum",params:{allowedValues: schema46.properties.TYPE.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
var valid3 = _errs8 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data0.LINK !== undefined){
const _errs10 = errors;
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
var valid3 = _errs10 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data0.COMMAND !== undefined){
const _errs12 = errors;
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
var valid3 = _errs12 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data0.COMMAND_PARAMS !== undefined){
const _errs14 = errors;
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
var valid3 = _errs14 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data0.ACTION !== undefined){
let data6 = data0.ACTION;
const _errs16 = errors;
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
const err7 = {instancePath:instancePath+"/" + i0+"/ACTION",schemaPath:"contract#/$defs/ImbotV2KeyboardButton/properties/ACTION/enum",keyword:"enum",params:{allowedValues: schema46.properties.ACTION.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var valid3 = _errs16 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data0.ACTION_VALUE !== undefined){
const _errs18 = errors;
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
var valid3 = _errs18 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data0.APP_ID !== undefined){
let data8 = data0.APP_ID;
const _errs20 = errors;
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
if(errors === _errs20){
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
var valid3 = _errs20 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data0.APP_PARAMS !== undefined){
const _errs22 = errors;
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
var valid3 = _errs22 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data0.BLOCK !== undefined){
let data10 = data0.BLOCK;
const _errs24 = errors;
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
const err13 = {instancePath:instancePath+"/" + i0+"/BLOCK",schemaPath:"contract#/$defs/ImbotV2KeyboardButton/properties/BLOCK/enum",keyword:"enum",params:{allowedValues: schema46.properties.BLOCK.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
var valid3 = _errs24 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data0.DISABLED !== undefined){
let data11 = data0.DISABLED;
const _errs26 = errors;
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
const err15 = {instancePath:instancePath+"/" + i0+"/DISABLED",schemaPath:"contract#/$defs/ImbotV2KeyboardButton/properties/DISABLED/enum",keyword:"enum",params:{allowedValues: schema46.properties.DISABLED.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
var valid3 = _errs26 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data0.CONTEXT !== undefined){
let data12 = data0.CONTEXT;
const _errs28 = errors;
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
const err17 = {instancePath:instancePath+"/" + i0+"/CONTEXT",schemaPath:"contract#/$defs/ImbotV2KeyboardButton/properties/CONTEXT/enum",keyword:"enum",params:{allowedValues: schema46.properties.CONTEXT.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
var valid3 = _errs28 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data0.DISPLAY !== undefined){
let data13 = data0.DISPLAY;
const _errs30 = errors;
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
const err19 = {instancePath:instancePath+"/" + i0+"/DISPLAY",schemaPath:"contract#/$defs/ImbotV2KeyboardButton/properties/DISPLAY/enum",keyword:"enum",params:{allowedValues: schema46.properties.DISPLAY.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
var valid3 = _errs30 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data0.WIDTH !== undefined){
let data14 = data0.WIDTH;
const _errs32 = errors;
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
if(errors === _errs32){
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
var valid3 = _errs32 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data0.BG_COLOR !== undefined){
const _errs34 = errors;
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
var valid3 = _errs34 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data0.BG_COLOR_TOKEN !== undefined){
let data16 = data0.BG_COLOR_TOKEN;
const _errs36 = errors;
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
const err24 = {instancePath:instancePath+"/" + i0+"/BG_COLOR_TOKEN",schemaPath:"contract#/$defs/ImbotV2KeyboardButton/properties/BG_COLOR_TOKEN/enum",keyword:"enum",params:{allowedValues: schema46.properties.BG_COLOR_TOKEN.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
var valid3 = _errs36 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data0.TEXT_COLOR !== undefined){
const _errs38 = errors;
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
var valid3 = _errs38 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data0.OFF_BG_COLOR !== undefined){
const _errs40 = errors;
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
var valid3 = _errs40 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data0.OFF_TEXT_COLOR !== undefined){
const _errs42 = errors;
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
var valid3 = _errs42 === errors;
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
const _errs44 = errors;
if(errors === _errs44){
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
const _errs46 = errors;
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
if(errors === _errs46){
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
var valid4 = _errs46 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data.BUTTONS !== undefined){
let data21 = data.BUTTONS;
const _errs48 = errors;
if(errors === _errs48){
if(Array.isArray(data21)){
var valid5 = true;
const len1 = data21.length;
for(let i1=0; i1<len1; i1++){
let data22 = data21[i1];
const _errs50 = errors;
const _errs51 = errors;
if(errors === _errs51){
if(data22 && typeof data22 == "object" && !Array.isArray(data22)){
if(data22.TEXT !== undefined){
const _errs53 = errors;
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
var valid7 = _errs53 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data22.TYPE !== undefined){
let data24 = data22.TYPE;
const _errs55 = errors;
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
const err35 = {instancePath:instancePath+"/BUTTONS/" + i1+"/TYPE",schemaPath:"contract#/$defs/ImbotV2KeyboardButton/properties/TYPE/enum",keyword:"enum",params:{allowedValues: schema46.properties.TYPE.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
var valid7 = _errs55 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data22.LINK !== undefined){
const _errs57 = errors;
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
var valid7 = _errs57 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data22.COMMAND !== undefined){
const _errs59 = errors;
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
var valid7 = _errs59 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data22.COMMAND_PARAMS !== undefined){
const _errs61 = errors;
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
var valid7 = _errs61 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data22.ACTION !== undefined){
let data28 = data22.ACTION;
const _errs63 = errors;
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
const err40 = {instancePath:instancePath+"/BUTTONS/" + i1+"/ACTION",schemaPath:"contract#/$defs/ImbotV2KeyboardButton/properties/ACTION/enum",keyword:"enum",params:{allowedValues: schema46.properties.ACTION.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
var valid7 = _errs63 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data22.ACTION_VALUE !== undefined){
const _errs65 = errors;
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
var valid7 = _errs65 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data22.APP_ID !== undefined){
let data30 = data22.APP_ID;
const _errs67 = errors;
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
if(errors === _errs67){
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
var valid7 = _errs67 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data22.APP_PARAMS !== undefined){
const _errs69 = errors;
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
var valid7 = _errs69 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data22.BLOCK !== undefined){
let data32 = data22.BLOCK;
const _errs71 = errors;
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
const err46 = {instancePath:instancePath+"/BUTTONS/" + i1+"/BLOCK",schemaPath:"contract#/$defs/ImbotV2KeyboardButton/properties/BLOCK/enum",keyword:"enum",params:{allowedValues: schema46.properties.BLOCK.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
var valid7 = _errs71 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data22.DISABLED !== undefined){
let data33 = data22.DISABLED;
const _errs73 = errors;
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
const err48 = {instancePath:instancePath+"/BUTTONS/" + i1+"/DISABLED",schemaPath:"contract#/$defs/ImbotV2KeyboardButton/properties/DISABLED/enum",keyword:"enum",params:{allowedValues: schema46.properties.DISABLED.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
var valid7 = _errs73 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data22.CONTEXT !== undefined){
let data34 = data22.CONTEXT;
const _errs75 = errors;
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
const err50 = {instancePath:instancePath+"/BUTTONS/" + i1+"/CONTEXT",schemaPath:"contract#/$defs/ImbotV2KeyboardButton/properties/CONTEXT/enum",keyword:"enum",params:{allowedValues: schema46.properties.CONTEXT.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
var valid7 = _errs75 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data22.DISPLAY !== undefined){
let data35 = data22.DISPLAY;
const _errs77 = errors;
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
const err52 = {instancePath:instancePath+"/BUTTONS/" + i1+"/DISPLAY",schemaPath:"contract#/$defs/ImbotV2KeyboardButton/properties/DISPLAY/enum",keyword:"enum",params:{allowedValues: schema46.properties.DISPLAY.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
var valid7 = _errs77 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data22.WIDTH !== undefined){
let data36 = data22.WIDTH;
const _errs79 = errors;
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
if(errors === _errs79){
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
var valid7 = _errs79 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data22.BG_COLOR !== undefined){
const _errs81 = errors;
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
var valid7 = _errs81 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data22.BG_COLOR_TOKEN !== undefined){
let data38 = data22.BG_COLOR_TOKEN;
const _errs83 = errors;
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
const err57 = {instancePath:instancePath+"/BUTTONS/" + i1+"/BG_COLOR_TOKEN",schemaPath:"contract#/$defs/ImbotV2KeyboardButton/properties/BG_COLOR_TOKEN/enum",keyword:"enum",params:{allowedValues: schema46.properties.BG_COLOR_TOKEN.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
var valid7 = _errs83 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data22.TEXT_COLOR !== undefined){
const _errs85 = errors;
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
var valid7 = _errs85 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data22.OFF_BG_COLOR !== undefined){
const _errs87 = errors;
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
var valid7 = _errs87 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data22.OFF_TEXT_COLOR !== undefined){
const _errs89 = errors;
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
var valid7 = _errs89 === errors;
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
var valid5 = _errs50 === errors;
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
var valid4 = _errs48 === errors;
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
var _valid0 = _errs44 === errors;
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
validate26.errors = vErrors;
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
validate26.errors = vErrors;
evaluated0.props = props0;
evaluated0.items = items0;
return errors === 0;
}
validate26.evaluated = {"dynamicProps":true,"dynamicItems":true};


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
if(((((data.botId === undefined) && (missing0 = "botId")) || ((data.commandId === undefined) && (missing0 = "commandId"))) || ((data.messageId === undefined) && (missing0 = "messageId"))) || ((data.dialogId === undefined) && (missing0 = "dialogId"))){
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
if(data.commandId !== undefined){
let data2 = data.commandId;
const _errs7 = errors;
const _errs8 = errors;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
validate25.errors = [{instancePath:instancePath+"/commandId",schemaPath:"contract#/$defs/CommandId/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs8){
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 1 || isNaN(data2)){
validate25.errors = [{instancePath:instancePath+"/commandId",schemaPath:"contract#/$defs/CommandId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
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
if(data.messageId !== undefined){
let data3 = data.messageId;
const _errs10 = errors;
const _errs11 = errors;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
validate25.errors = [{instancePath:instancePath+"/messageId",schemaPath:"contract#/$defs/MessageId/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs11){
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 1 || isNaN(data3)){
validate25.errors = [{instancePath:instancePath+"/messageId",schemaPath:"contract#/$defs/MessageId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.dialogId !== undefined){
let data4 = data.dialogId;
const _errs13 = errors;
const _errs14 = errors;
if(errors === _errs14){
if(typeof data4 === "string"){
if(!pattern4.test(data4)){
validate25.errors = [{instancePath:instancePath+"/dialogId",schemaPath:"contract#/$defs/DialogId/pattern",keyword:"pattern",params:{pattern: "^(chat[1-9][0-9]*|[1-9][0-9]*)$"},message:"must match pattern \""+"^(chat[1-9][0-9]*|[1-9][0-9]*)$"+"\""}];
return false;
}
}
else {
validate25.errors = [{instancePath:instancePath+"/dialogId",schemaPath:"contract#/$defs/DialogId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs13 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.fields !== undefined){
let data5 = data.fields;
const _errs16 = errors;
if(errors === _errs16){
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.system === undefined){
data5.system = false;
}
if(data5.urlPreview === undefined){
data5.urlPreview = true;
}
if(data5.message !== undefined){
let data6 = data5.message;
const _errs18 = errors;
const _errs19 = errors;
if(errors === _errs19){
if(typeof data6 === "string"){
if(func1(data6) > 20000){
validate25.errors = [{instancePath:instancePath+"/fields/message",schemaPath:"contract#/$defs/ImbotV2MessageText/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters"}];
return false;
}
}
else {
validate25.errors = [{instancePath:instancePath+"/fields/message",schemaPath:"contract#/$defs/ImbotV2MessageText/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid6 = _errs18 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data5.attach !== undefined){
let data7 = data5.attach;
const _errs21 = errors;
const _errs23 = errors;
let valid9 = false;
let passing0 = null;
const _errs24 = errors;
if(errors === _errs24){
if(Array.isArray(data7)){
var valid10 = true;
const len0 = data7.length;
for(let i0=0; i0<len0; i0++){
let data8 = data7[i0];
const _errs26 = errors;
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
var valid10 = _errs26 === errors;
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
var _valid0 = _errs24 === errors;
if(_valid0){
valid9 = true;
passing0 = 0;
}
const _errs28 = errors;
if(errors === _errs28){
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(data7.ID !== undefined){
let data9 = data7.ID;
const _errs30 = errors;
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
var valid11 = _errs30 === errors;
}
else {
var valid11 = true;
}
if(valid11){
if(data7.COLOR_TOKEN !== undefined){
const _errs32 = errors;
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
var valid11 = _errs32 === errors;
}
else {
var valid11 = true;
}
if(valid11){
if(data7.COLOR !== undefined){
const _errs34 = errors;
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
var valid11 = _errs34 === errors;
}
else {
var valid11 = true;
}
if(valid11){
if(data7.BLOCKS !== undefined){
let data12 = data7.BLOCKS;
const _errs36 = errors;
if(errors === _errs36){
if(Array.isArray(data12)){
var valid12 = true;
const len1 = data12.length;
for(let i1=0; i1<len1; i1++){
let data13 = data12[i1];
const _errs38 = errors;
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
var valid12 = _errs38 === errors;
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
var valid11 = _errs36 === errors;
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
var _valid0 = _errs28 === errors;
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
validate25.errors = vErrors;
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
var valid6 = _errs21 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data5.keyboard !== undefined){
const _errs40 = errors;
if(!(validate26(data5.keyboard, {instancePath:instancePath+"/fields/keyboard",parentData:data5,parentDataProperty:"keyboard",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
errors = vErrors.length;
}
var valid6 = _errs40 === errors;
}
else {
var valid6 = true;
}
if(valid6){
const _errs41 = errors;
if(typeof data5.system !== "boolean"){
validate25.errors = [{instancePath:instancePath+"/fields/system",schemaPath:"#/properties/fields/properties/system/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid6 = _errs41 === errors;
if(valid6){
const _errs43 = errors;
if(typeof data5.urlPreview !== "boolean"){
validate25.errors = [{instancePath:instancePath+"/fields/urlPreview",schemaPath:"#/properties/fields/properties/urlPreview/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid6 = _errs43 === errors;
}
}
}
}
}
else {
validate25.errors = [{instancePath:instancePath+"/fields",schemaPath:"#/properties/fields/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs16 === errors;
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
validate25.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate25.errors = vErrors;
return errors === 0;
}
validate25.evaluated = {"props":{"botId":true,"botToken":true,"commandId":true,"messageId":true,"dialogId":true,"fields":true},"dynamicProps":false,"dynamicItems":false};


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
validate24.evaluated = {"props":{"botId":true,"botToken":true,"commandId":true,"messageId":true,"dialogId":true,"fields":true},"dynamicProps":false,"dynamicItems":false};

export const success = validate20;
const schema31 = {"$id":"success","$ref":"contract#/$defs/ImbotV2CommandAnswerSuccess"};
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

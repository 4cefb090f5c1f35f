"use strict";var $=(n,r)=>()=>{try{return r||n((r={exports:{}}).exports,r),r.exports}catch(g){throw r=0,g}};var N=$(q=>{"use strict";Object.defineProperty(q,"__esModule",{value:!0});function z(n){let r=n.length,g=0,f=0,d;for(;f<r;)g++,d=n.charCodeAt(f++),d>=55296&&d<=56319&&f<r&&(d=n.charCodeAt(f),(d&64512)===56320&&f++);return g}q.default=z;z.code='require("ajv/dist/runtime/ucs2length").default'});module.exports=x;module.exports.default=x;var p={type:"array",items:{properties:{context:{enum:["page","PAGE","addon","ADDON","product","PRODUCT"],type:"string",defaultValue:"addon"},name:{$ref:"#/definitions/i18nProperty"},weight:{type:"integer",defaultValue:"100"},conditions:{items:{type:"object",anyOf:[{$ref:"#/definitions/singleCondition"},{$ref:"#/definitions/compositeCondition"}]},type:"array"},url:{type:"string"},key:{$ref:"#/definitions/ModuleKeySchema"},target:{properties:{options:{properties:{size:{enum:["small","SMALL","medium","MEDIUM","large","LARGE","x-large","X-LARGE"],type:"string"},chrome:{type:"boolean",defaultValue:"true"},header:{$ref:"#/definitions/i18nProperty"}},additionalProperties:!0,shortClassName:"simpleWebItemTargetOptions",type:"object"},type:{enum:["page","PAGE","dialog","DIALOG"],type:"string",defaultValue:"page"}},additionalProperties:!0,shortClassName:"simpleTargetBean",type:"object"}},required:["name","url","key"],additionalProperties:!0,shortClassName:"portalActionBean",type:"object",not:{required:["unlicensedAccess"]}},minItems:1},v={properties:{value:{maxLength:1500,type:"string",fieldDescription:"\n\nThe human-readable default value. This will be used if no translation exists.\n Only the following HTML tags are supported: `b`, `i`, `strong`, `em`, and `code`.\n\n"},i18n:{maxLength:300,type:"string",fieldDescription:`

The localization key for the human-readable value.
 <a href="../../internationalization/">Translations</a> for the keys are defined at the top level of the
 <a href="../../add-on-descriptor/">add-on descriptor</a>.

`}},required:["value"],shortClassName:"i18nProperty",type:"object",title:"i18n Property",description:`

Represents a string that can be resolved via a localization properties file. You can use the same \`i18n Property\` key
 and value in multiple places if you like, but identical keys must have identical values.

 <h3>Example</h3>





    {
      "value": "My text"
    }


`},L=N().default;function k(n,{instancePath:r="",parentData:g,parentDataProperty:f,rootData:d=n}={}){let e=null,t=0;if(n&&typeof n=="object"&&!Array.isArray(n)){if(n.value===void 0){let a={instancePath:r,schemaPath:"#/required",keyword:"required",params:{missingProperty:"value"},message:"must have required property 'value'",schema:v.required,parentSchema:v,data:n};e===null?e=[a]:e.push(a),t++}if(n.value!==void 0){let a=n.value;if(typeof a=="string"){if(L(a)>1500){let o={instancePath:r+"/value",schemaPath:"#/properties/value/maxLength",keyword:"maxLength",params:{limit:1500},message:"must NOT have more than 1500 characters",schema:1500,parentSchema:v.properties.value,data:a};e===null?e=[o]:e.push(o),t++}}else{let o={instancePath:r+"/value",schemaPath:"#/properties/value/type",keyword:"type",params:{type:"string"},message:"must be string",schema:v.properties.value.type,parentSchema:v.properties.value,data:a};e===null?e=[o]:e.push(o),t++}}if(n.i18n!==void 0){let a=n.i18n;if(typeof a=="string"){if(L(a)>300){let o={instancePath:r+"/i18n",schemaPath:"#/properties/i18n/maxLength",keyword:"maxLength",params:{limit:300},message:"must NOT have more than 300 characters",schema:300,parentSchema:v.properties.i18n,data:a};e===null?e=[o]:e.push(o),t++}}else{let o={instancePath:r+"/i18n",schemaPath:"#/properties/i18n/type",keyword:"type",params:{type:"string"},message:"must be string",schema:v.properties.i18n.type,parentSchema:v.properties.i18n,data:a};e===null?e=[o]:e.push(o),t++}}}else{let a={instancePath:r,schemaPath:"#/type",keyword:"type",params:{type:"object"},message:"must be object",schema:v.type,parentSchema:v,data:n};e===null?e=[a]:e.push(a),t++}return k.errors=e,t===0}var b={properties:{condition:{maxLength:100,type:"string",fieldDescription:`

A string indicating the name of the condition

`},invert:{type:"boolean",fieldDescription:`

A flag indicating whether to invert the boolean result of the condition.

`,defaultValue:"false"},params:{additionalProperties:!0,type:"object",fieldTitle:"Object",fieldDescription:`

This object represents a map of key/value pairs, where each property name and value corresponds to the parameter name and value respectively.

 <p><b>Example</b></p>





    {
      "params": {
        "someOtherProperty": "someValue",
        "myCustomProperty": "myValue"
      }
    }


`}},required:["condition"],shortClassName:"singleConditionBean",type:"object",title:"Single Condition",description:`

Single Conditions are either provided by the host application. See the complete documentation of
 [Conditions](../../conditions/) for more information.

 To invert a condition, add the attribute \`\`invert="true"\`\` to the condition element.
 This is useful where you want to show the section if a certain condition is not satisfied.

 <h3>Example</h3>





    {
      "condition": "user_is_logged_in",
      "invert": false
    }


`};function S(n,{instancePath:r="",parentData:g,parentDataProperty:f,rootData:d=n}={}){let e=null,t=0;if(n&&typeof n=="object"&&!Array.isArray(n)){if(n.condition===void 0){let a={instancePath:r,schemaPath:"#/required",keyword:"required",params:{missingProperty:"condition"},message:"must have required property 'condition'",schema:b.required,parentSchema:b,data:n};e===null?e=[a]:e.push(a),t++}if(n.condition!==void 0){let a=n.condition;if(typeof a=="string"){if(L(a)>100){let o={instancePath:r+"/condition",schemaPath:"#/properties/condition/maxLength",keyword:"maxLength",params:{limit:100},message:"must NOT have more than 100 characters",schema:100,parentSchema:b.properties.condition,data:a};e===null?e=[o]:e.push(o),t++}}else{let o={instancePath:r+"/condition",schemaPath:"#/properties/condition/type",keyword:"type",params:{type:"string"},message:"must be string",schema:b.properties.condition.type,parentSchema:b.properties.condition,data:a};e===null?e=[o]:e.push(o),t++}}if(n.invert!==void 0){let a=n.invert;if(typeof a!="boolean"){let o={instancePath:r+"/invert",schemaPath:"#/properties/invert/type",keyword:"type",params:{type:"boolean"},message:"must be boolean",schema:b.properties.invert.type,parentSchema:b.properties.invert,data:a};e===null?e=[o]:e.push(o),t++}}if(n.params!==void 0){let a=n.params;if(!(a&&typeof a=="object"&&!Array.isArray(a))){let o={instancePath:r+"/params",schemaPath:"#/properties/params/type",keyword:"type",params:{type:"object"},message:"must be object",schema:b.properties.params.type,parentSchema:b.properties.params,data:a};e===null?e=[o]:e.push(o),t++}}}else{let a={instancePath:r,schemaPath:"#/type",keyword:"type",params:{type:"object"},message:"must be object",schema:b.type,parentSchema:b,data:n};e===null?e=[a]:e.push(a),t++}return S.errors=e,t===0}var y={properties:{conditions:{items:{type:"object",anyOf:[{$ref:"#"},{$ref:"#/definitions/singleCondition"}]},type:"array",fieldDescription:`

The conditions to compose using the specific logical operator.

`},type:{enum:["and","AND","or","OR"],type:"string",fieldDescription:`

Defines what logical operator is used to evaluate its collection of condition elements.

`}},shortClassName:"compositeConditionBean",type:"object",title:"Composite Condition",description:`

Composite Conditions are composed of a collection of [Single Condition](../single-condition/) / Composite Conditions
 and a type attribute.

 <h3>Example</h3>





    {
      "conditions": [
        {
          "or": [
            {
              "condition": "can_attach_file_to_issue",
              "invert": false
            },
            {
              "condition": "is_issue_assigned_to_current_user",
              "invert": false
            }
          ]
        },
        {
          "condition": "user_is_logged_in",
          "invert": false
        }
      ]
    }


`},T={validate:x};function j(n,{instancePath:r="",parentData:g,parentDataProperty:f,rootData:d=n}={}){let e=null,t=0;if(n&&typeof n=="object"&&!Array.isArray(n)){if(n.conditions!==void 0){let o=n.conditions;if(Array.isArray(o)){let h=o.length;for(let l=0;l<h;l++){let m=o[l];if(!(m&&typeof m=="object"&&!Array.isArray(m))){let s={instancePath:r+"/conditions/"+l,schemaPath:"#/properties/conditions/items/type",keyword:"type",params:{type:"object"},message:"must be object",schema:y.properties.conditions.items.type,parentSchema:y.properties.conditions.items,data:m};e===null?e=[s]:e.push(s),t++}let w=t,P=!1,i=t;T.validate(m,{instancePath:r+"/conditions/"+l,parentData:o,parentDataProperty:l,rootData:d})||(e=e===null?T.validate.errors:e.concat(T.validate.errors),t=e.length);var a=i===t;if(P=P||a,!P){let s=t;S(m,{instancePath:r+"/conditions/"+l,parentData:o,parentDataProperty:l,rootData:d})||(e=e===null?S.errors:e.concat(S.errors),t=e.length);var a=s===t;P=P||a}if(P)t=w,e!==null&&(w?e.length=w:e=null);else{let s={instancePath:r+"/conditions/"+l,schemaPath:"#/properties/conditions/items/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:y.properties.conditions.items.anyOf,parentSchema:y.properties.conditions.items,data:m};e===null?e=[s]:e.push(s),t++}}}else{let h={instancePath:r+"/conditions",schemaPath:"#/properties/conditions/type",keyword:"type",params:{type:"array"},message:"must be array",schema:y.properties.conditions.type,parentSchema:y.properties.conditions,data:o};e===null?e=[h]:e.push(h),t++}}if(n.type!==void 0){let o=n.type;if(typeof o!="string"){let h={instancePath:r+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type:"string"},message:"must be string",schema:y.properties.type.type,parentSchema:y.properties.type,data:o};e===null?e=[h]:e.push(h),t++}if(!(o==="and"||o==="AND"||o==="or"||o==="OR")){let h={instancePath:r+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues:y.properties.type.enum},message:"must be equal to one of the allowed values",schema:y.properties.type.enum,parentSchema:y.properties.type,data:o};e===null?e=[h]:e.push(h),t++}}}else{let o={instancePath:r,schemaPath:"#/type",keyword:"type",params:{type:"object"},message:"must be object",schema:y.type,parentSchema:y,data:n};e===null?e=[o]:e.push(o),t++}return j.errors=e,t===0}var E={type:"string",title:"ModuleKeySchema",description:"A key for the module. Must be unique within the manifest.",pattern:"^[a-zA-Z0-9_-]+$"},V=new RegExp("^[a-zA-Z0-9_-]+$","u");function _(n,{instancePath:r="",parentData:g,parentDataProperty:f,rootData:d=n}={}){let e=null,t=0;if(typeof n=="string"){if(!V.test(n)){let a={instancePath:r,schemaPath:"#/pattern",keyword:"pattern",params:{pattern:"^[a-zA-Z0-9_-]+$"},message:'must match pattern "^[a-zA-Z0-9_-]+$"',schema:"^[a-zA-Z0-9_-]+$",parentSchema:E,data:n};e===null?e=[a]:e.push(a),t++}}else{let a={instancePath:r,schemaPath:"#/type",keyword:"type",params:{type:"string"},message:"must be string",schema:E.type,parentSchema:E,data:n};e===null?e=[a]:e.push(a),t++}return _.errors=e,t===0}function C(n,{instancePath:r="",parentData:g,parentDataProperty:f,rootData:d=n}={}){let e=null,t=0;if(Array.isArray(n)){if(n.length<1){let l={instancePath:r,schemaPath:"#/minItems",keyword:"minItems",params:{limit:1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:p,data:n};e===null?e=[l]:e.push(l),t++}let h=n.length;for(let l=0;l<h;l++){let m=n[l],w=t,P=t;if(m&&typeof m=="object"&&!Array.isArray(m)){let i;if(m.unlicensedAccess===void 0&&(i="unlicensedAccess")){let s={};e===null?e=[s]:e.push(s),t++}}var a=P===t;if(a){let i={instancePath:r+"/"+l,schemaPath:"#/items/not",keyword:"not",params:{},message:"must NOT be valid",schema:p.items.not,parentSchema:p.items,data:m};e===null?e=[i]:e.push(i),t++}else t=w,e!==null&&(w?e.length=w:e=null);if(m&&typeof m=="object"&&!Array.isArray(m)){if(m.name===void 0){let i={instancePath:r+"/"+l,schemaPath:"#/items/required",keyword:"required",params:{missingProperty:"name"},message:"must have required property 'name'",schema:p.items.required,parentSchema:p.items,data:m};e===null?e=[i]:e.push(i),t++}if(m.url===void 0){let i={instancePath:r+"/"+l,schemaPath:"#/items/required",keyword:"required",params:{missingProperty:"url"},message:"must have required property 'url'",schema:p.items.required,parentSchema:p.items,data:m};e===null?e=[i]:e.push(i),t++}if(m.key===void 0){let i={instancePath:r+"/"+l,schemaPath:"#/items/required",keyword:"required",params:{missingProperty:"key"},message:"must have required property 'key'",schema:p.items.required,parentSchema:p.items,data:m};e===null?e=[i]:e.push(i),t++}if(m.context!==void 0){let i=m.context;if(typeof i!="string"){let s={instancePath:r+"/"+l+"/context",schemaPath:"#/items/properties/context/type",keyword:"type",params:{type:"string"},message:"must be string",schema:p.items.properties.context.type,parentSchema:p.items.properties.context,data:i};e===null?e=[s]:e.push(s),t++}if(!(i==="page"||i==="PAGE"||i==="addon"||i==="ADDON"||i==="product"||i==="PRODUCT")){let s={instancePath:r+"/"+l+"/context",schemaPath:"#/items/properties/context/enum",keyword:"enum",params:{allowedValues:p.items.properties.context.enum},message:"must be equal to one of the allowed values",schema:p.items.properties.context.enum,parentSchema:p.items.properties.context,data:i};e===null?e=[s]:e.push(s),t++}}if(m.name!==void 0&&(k(m.name,{instancePath:r+"/"+l+"/name",parentData:m,parentDataProperty:"name",rootData:d})||(e=e===null?k.errors:e.concat(k.errors),t=e.length)),m.weight!==void 0){let i=m.weight;if(!(typeof i=="number"&&!(i%1)&&!isNaN(i))){let s={instancePath:r+"/"+l+"/weight",schemaPath:"#/items/properties/weight/type",keyword:"type",params:{type:"integer"},message:"must be integer",schema:p.items.properties.weight.type,parentSchema:p.items.properties.weight,data:i};e===null?e=[s]:e.push(s),t++}}if(m.conditions!==void 0){let i=m.conditions;if(Array.isArray(i)){let s=i.length;for(let c=0;c<s;c++){let u=i[c];if(!(u&&typeof u=="object"&&!Array.isArray(u))){let A={instancePath:r+"/"+l+"/conditions/"+c,schemaPath:"#/items/properties/conditions/items/type",keyword:"type",params:{type:"object"},message:"must be object",schema:p.items.properties.conditions.items.type,parentSchema:p.items.properties.conditions.items,data:u};e===null?e=[A]:e.push(A),t++}let O=t,D=!1,M=t;S(u,{instancePath:r+"/"+l+"/conditions/"+c,parentData:i,parentDataProperty:c,rootData:d})||(e=e===null?S.errors:e.concat(S.errors),t=e.length);var o=M===t;if(D=D||o,!D){let A=t;j(u,{instancePath:r+"/"+l+"/conditions/"+c,parentData:i,parentDataProperty:c,rootData:d})||(e=e===null?j.errors:e.concat(j.errors),t=e.length);var o=A===t;D=D||o}if(D)t=O,e!==null&&(O?e.length=O:e=null);else{let A={instancePath:r+"/"+l+"/conditions/"+c,schemaPath:"#/items/properties/conditions/items/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:p.items.properties.conditions.items.anyOf,parentSchema:p.items.properties.conditions.items,data:u};e===null?e=[A]:e.push(A),t++}}}else{let s={instancePath:r+"/"+l+"/conditions",schemaPath:"#/items/properties/conditions/type",keyword:"type",params:{type:"array"},message:"must be array",schema:p.items.properties.conditions.type,parentSchema:p.items.properties.conditions,data:i};e===null?e=[s]:e.push(s),t++}}if(m.url!==void 0){let i=m.url;if(typeof i!="string"){let s={instancePath:r+"/"+l+"/url",schemaPath:"#/items/properties/url/type",keyword:"type",params:{type:"string"},message:"must be string",schema:p.items.properties.url.type,parentSchema:p.items.properties.url,data:i};e===null?e=[s]:e.push(s),t++}}if(m.key!==void 0&&(_(m.key,{instancePath:r+"/"+l+"/key",parentData:m,parentDataProperty:"key",rootData:d})||(e=e===null?_.errors:e.concat(_.errors),t=e.length)),m.target!==void 0){let i=m.target;if(i&&typeof i=="object"&&!Array.isArray(i)){if(i.options!==void 0){let s=i.options;if(s&&typeof s=="object"&&!Array.isArray(s)){if(s.size!==void 0){let c=s.size;if(typeof c!="string"){let u={instancePath:r+"/"+l+"/target/options/size",schemaPath:"#/items/properties/target/properties/options/properties/size/type",keyword:"type",params:{type:"string"},message:"must be string",schema:p.items.properties.target.properties.options.properties.size.type,parentSchema:p.items.properties.target.properties.options.properties.size,data:c};e===null?e=[u]:e.push(u),t++}if(!(c==="small"||c==="SMALL"||c==="medium"||c==="MEDIUM"||c==="large"||c==="LARGE"||c==="x-large"||c==="X-LARGE")){let u={instancePath:r+"/"+l+"/target/options/size",schemaPath:"#/items/properties/target/properties/options/properties/size/enum",keyword:"enum",params:{allowedValues:p.items.properties.target.properties.options.properties.size.enum},message:"must be equal to one of the allowed values",schema:p.items.properties.target.properties.options.properties.size.enum,parentSchema:p.items.properties.target.properties.options.properties.size,data:c};e===null?e=[u]:e.push(u),t++}}if(s.chrome!==void 0){let c=s.chrome;if(typeof c!="boolean"){let u={instancePath:r+"/"+l+"/target/options/chrome",schemaPath:"#/items/properties/target/properties/options/properties/chrome/type",keyword:"type",params:{type:"boolean"},message:"must be boolean",schema:p.items.properties.target.properties.options.properties.chrome.type,parentSchema:p.items.properties.target.properties.options.properties.chrome,data:c};e===null?e=[u]:e.push(u),t++}}s.header!==void 0&&(k(s.header,{instancePath:r+"/"+l+"/target/options/header",parentData:s,parentDataProperty:"header",rootData:d})||(e=e===null?k.errors:e.concat(k.errors),t=e.length))}else{let c={instancePath:r+"/"+l+"/target/options",schemaPath:"#/items/properties/target/properties/options/type",keyword:"type",params:{type:"object"},message:"must be object",schema:p.items.properties.target.properties.options.type,parentSchema:p.items.properties.target.properties.options,data:s};e===null?e=[c]:e.push(c),t++}}if(i.type!==void 0){let s=i.type;if(typeof s!="string"){let c={instancePath:r+"/"+l+"/target/type",schemaPath:"#/items/properties/target/properties/type/type",keyword:"type",params:{type:"string"},message:"must be string",schema:p.items.properties.target.properties.type.type,parentSchema:p.items.properties.target.properties.type,data:s};e===null?e=[c]:e.push(c),t++}if(!(s==="page"||s==="PAGE"||s==="dialog"||s==="DIALOG")){let c={instancePath:r+"/"+l+"/target/type",schemaPath:"#/items/properties/target/properties/type/enum",keyword:"enum",params:{allowedValues:p.items.properties.target.properties.type.enum},message:"must be equal to one of the allowed values",schema:p.items.properties.target.properties.type.enum,parentSchema:p.items.properties.target.properties.type,data:s};e===null?e=[c]:e.push(c),t++}}}else{let s={instancePath:r+"/"+l+"/target",schemaPath:"#/items/properties/target/type",keyword:"type",params:{type:"object"},message:"must be object",schema:p.items.properties.target.type,parentSchema:p.items.properties.target,data:i};e===null?e=[s]:e.push(s),t++}}}else{let i={instancePath:r+"/"+l,schemaPath:"#/items/type",keyword:"type",params:{type:"object"},message:"must be object",schema:p.items.type,parentSchema:p.items,data:m};e===null?e=[i]:e.push(i),t++}}}else{let h={instancePath:r,schemaPath:"#/type",keyword:"type",params:{type:"array"},message:"must be array",schema:p.type,parentSchema:p,data:n};e===null?e=[h]:e.push(h),t++}return C.errors=e,t===0}function x(n,{instancePath:r="",parentData:g,parentDataProperty:f,rootData:d=n}={}){let e=null,t=0;return C(n,{instancePath:r,parentData:g,parentDataProperty:f,rootData:d})||(e=e===null?C.errors:e.concat(C.errors),t=e.length),x.errors=e,t===0}

"use strict";var $=(s,r)=>()=>{try{return r||s((r={exports:{}}).exports,r),r.exports}catch(g){throw r=0,g}};var z=$(O=>{"use strict";Object.defineProperty(O,"__esModule",{value:!0});function N(s){let r=s.length,g=0,f=0,d;for(;f<r;)g++,d=s.charCodeAt(f++),d>=55296&&d<=56319&&f<r&&(d=s.charCodeAt(f),(d&64512)===56320&&f++);return g}O.default=N;N.code='require("ajv/dist/runtime/ucs2length").default'});module.exports=x;module.exports.default=x;var a={type:"array",items:{properties:{icon:{properties:{url:{type:"string"}},required:["url"],additionalProperties:!1,shortClassName:"portalIconBean",type:"object"},context:{enum:["page","PAGE","addon","ADDON","product","PRODUCT"],type:"string",defaultValue:"addon"},name:{$ref:"#/definitions/i18nProperty"},weight:{type:"integer",defaultValue:"100"},conditions:{items:{type:"object",anyOf:[{$ref:"#/definitions/singleCondition"},{$ref:"#/definitions/compositeCondition"}]},type:"array"},url:{type:"string"},key:{$ref:"#/definitions/ModuleKeySchema"},target:{properties:{options:{properties:{size:{enum:["small","SMALL","medium","MEDIUM","large","LARGE","x-large","X-LARGE"],type:"string"},chrome:{type:"boolean",defaultValue:"true"},header:{$ref:"#/definitions/i18nProperty"}},additionalProperties:!0,shortClassName:"simpleWebItemTargetOptions",type:"object"},type:{enum:["page","PAGE","dialog","DIALOG"],type:"string",defaultValue:"page"}},additionalProperties:!0,shortClassName:"simpleTargetBean",type:"object"}},required:["name","url","key"],additionalProperties:!0,shortClassName:"portalActionWithIconBean",type:"object",not:{required:["unlicensedAccess"]}},minItems:1},v={properties:{value:{maxLength:1500,type:"string",fieldDescription:"\n\nThe human-readable default value. This will be used if no translation exists.\n Only the following HTML tags are supported: `b`, `i`, `strong`, `em`, and `code`.\n\n"},i18n:{maxLength:300,type:"string",fieldDescription:`

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


`},L=z().default;function k(s,{instancePath:r="",parentData:g,parentDataProperty:f,rootData:d=s}={}){let e=null,t=0;if(s&&typeof s=="object"&&!Array.isArray(s)){if(s.value===void 0){let o={instancePath:r,schemaPath:"#/required",keyword:"required",params:{missingProperty:"value"},message:"must have required property 'value'",schema:v.required,parentSchema:v,data:s};e===null?e=[o]:e.push(o),t++}if(s.value!==void 0){let o=s.value;if(typeof o=="string"){if(L(o)>1500){let p={instancePath:r+"/value",schemaPath:"#/properties/value/maxLength",keyword:"maxLength",params:{limit:1500},message:"must NOT have more than 1500 characters",schema:1500,parentSchema:v.properties.value,data:o};e===null?e=[p]:e.push(p),t++}}else{let p={instancePath:r+"/value",schemaPath:"#/properties/value/type",keyword:"type",params:{type:"string"},message:"must be string",schema:v.properties.value.type,parentSchema:v.properties.value,data:o};e===null?e=[p]:e.push(p),t++}}if(s.i18n!==void 0){let o=s.i18n;if(typeof o=="string"){if(L(o)>300){let p={instancePath:r+"/i18n",schemaPath:"#/properties/i18n/maxLength",keyword:"maxLength",params:{limit:300},message:"must NOT have more than 300 characters",schema:300,parentSchema:v.properties.i18n,data:o};e===null?e=[p]:e.push(p),t++}}else{let p={instancePath:r+"/i18n",schemaPath:"#/properties/i18n/type",keyword:"type",params:{type:"string"},message:"must be string",schema:v.properties.i18n.type,parentSchema:v.properties.i18n,data:o};e===null?e=[p]:e.push(p),t++}}}else{let o={instancePath:r,schemaPath:"#/type",keyword:"type",params:{type:"object"},message:"must be object",schema:v.type,parentSchema:v,data:s};e===null?e=[o]:e.push(o),t++}return k.errors=e,t===0}var b={properties:{condition:{maxLength:100,type:"string",fieldDescription:`

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


`};function S(s,{instancePath:r="",parentData:g,parentDataProperty:f,rootData:d=s}={}){let e=null,t=0;if(s&&typeof s=="object"&&!Array.isArray(s)){if(s.condition===void 0){let o={instancePath:r,schemaPath:"#/required",keyword:"required",params:{missingProperty:"condition"},message:"must have required property 'condition'",schema:b.required,parentSchema:b,data:s};e===null?e=[o]:e.push(o),t++}if(s.condition!==void 0){let o=s.condition;if(typeof o=="string"){if(L(o)>100){let p={instancePath:r+"/condition",schemaPath:"#/properties/condition/maxLength",keyword:"maxLength",params:{limit:100},message:"must NOT have more than 100 characters",schema:100,parentSchema:b.properties.condition,data:o};e===null?e=[p]:e.push(p),t++}}else{let p={instancePath:r+"/condition",schemaPath:"#/properties/condition/type",keyword:"type",params:{type:"string"},message:"must be string",schema:b.properties.condition.type,parentSchema:b.properties.condition,data:o};e===null?e=[p]:e.push(p),t++}}if(s.invert!==void 0){let o=s.invert;if(typeof o!="boolean"){let p={instancePath:r+"/invert",schemaPath:"#/properties/invert/type",keyword:"type",params:{type:"boolean"},message:"must be boolean",schema:b.properties.invert.type,parentSchema:b.properties.invert,data:o};e===null?e=[p]:e.push(p),t++}}if(s.params!==void 0){let o=s.params;if(!(o&&typeof o=="object"&&!Array.isArray(o))){let p={instancePath:r+"/params",schemaPath:"#/properties/params/type",keyword:"type",params:{type:"object"},message:"must be object",schema:b.properties.params.type,parentSchema:b.properties.params,data:o};e===null?e=[p]:e.push(p),t++}}}else{let o={instancePath:r,schemaPath:"#/type",keyword:"type",params:{type:"object"},message:"must be object",schema:b.type,parentSchema:b,data:s};e===null?e=[o]:e.push(o),t++}return S.errors=e,t===0}var y={properties:{conditions:{items:{type:"object",anyOf:[{$ref:"#"},{$ref:"#/definitions/singleCondition"}]},type:"array",fieldDescription:`

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


`},T={validate:x};function D(s,{instancePath:r="",parentData:g,parentDataProperty:f,rootData:d=s}={}){let e=null,t=0;if(s&&typeof s=="object"&&!Array.isArray(s)){if(s.conditions!==void 0){let p=s.conditions;if(Array.isArray(p)){let h=p.length;for(let l=0;l<h;l++){let m=p[l];if(!(m&&typeof m=="object"&&!Array.isArray(m))){let i={instancePath:r+"/conditions/"+l,schemaPath:"#/properties/conditions/items/type",keyword:"type",params:{type:"object"},message:"must be object",schema:y.properties.conditions.items.type,parentSchema:y.properties.conditions.items,data:m};e===null?e=[i]:e.push(i),t++}let w=t,P=!1,n=t;T.validate(m,{instancePath:r+"/conditions/"+l,parentData:p,parentDataProperty:l,rootData:d})||(e=e===null?T.validate.errors:e.concat(T.validate.errors),t=e.length);var o=n===t;if(P=P||o,!P){let i=t;S(m,{instancePath:r+"/conditions/"+l,parentData:p,parentDataProperty:l,rootData:d})||(e=e===null?S.errors:e.concat(S.errors),t=e.length);var o=i===t;P=P||o}if(P)t=w,e!==null&&(w?e.length=w:e=null);else{let i={instancePath:r+"/conditions/"+l,schemaPath:"#/properties/conditions/items/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:y.properties.conditions.items.anyOf,parentSchema:y.properties.conditions.items,data:m};e===null?e=[i]:e.push(i),t++}}}else{let h={instancePath:r+"/conditions",schemaPath:"#/properties/conditions/type",keyword:"type",params:{type:"array"},message:"must be array",schema:y.properties.conditions.type,parentSchema:y.properties.conditions,data:p};e===null?e=[h]:e.push(h),t++}}if(s.type!==void 0){let p=s.type;if(typeof p!="string"){let h={instancePath:r+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type:"string"},message:"must be string",schema:y.properties.type.type,parentSchema:y.properties.type,data:p};e===null?e=[h]:e.push(h),t++}if(!(p==="and"||p==="AND"||p==="or"||p==="OR")){let h={instancePath:r+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues:y.properties.type.enum},message:"must be equal to one of the allowed values",schema:y.properties.type.enum,parentSchema:y.properties.type,data:p};e===null?e=[h]:e.push(h),t++}}}else{let p={instancePath:r,schemaPath:"#/type",keyword:"type",params:{type:"object"},message:"must be object",schema:y.type,parentSchema:y,data:s};e===null?e=[p]:e.push(p),t++}return D.errors=e,t===0}var E={type:"string",title:"ModuleKeySchema",description:"A key for the module. Must be unique within the manifest.",pattern:"^[a-zA-Z0-9_-]+$"},V=new RegExp("^[a-zA-Z0-9_-]+$","u");function C(s,{instancePath:r="",parentData:g,parentDataProperty:f,rootData:d=s}={}){let e=null,t=0;if(typeof s=="string"){if(!V.test(s)){let o={instancePath:r,schemaPath:"#/pattern",keyword:"pattern",params:{pattern:"^[a-zA-Z0-9_-]+$"},message:'must match pattern "^[a-zA-Z0-9_-]+$"',schema:"^[a-zA-Z0-9_-]+$",parentSchema:E,data:s};e===null?e=[o]:e.push(o),t++}}else{let o={instancePath:r,schemaPath:"#/type",keyword:"type",params:{type:"string"},message:"must be string",schema:E.type,parentSchema:E,data:s};e===null?e=[o]:e.push(o),t++}return C.errors=e,t===0}function _(s,{instancePath:r="",parentData:g,parentDataProperty:f,rootData:d=s}={}){let e=null,t=0;if(Array.isArray(s)){if(s.length<1){let l={instancePath:r,schemaPath:"#/minItems",keyword:"minItems",params:{limit:1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:a,data:s};e===null?e=[l]:e.push(l),t++}let h=s.length;for(let l=0;l<h;l++){let m=s[l],w=t,P=t;if(m&&typeof m=="object"&&!Array.isArray(m)){let n;if(m.unlicensedAccess===void 0&&(n="unlicensedAccess")){let i={};e===null?e=[i]:e.push(i),t++}}var o=P===t;if(o){let n={instancePath:r+"/"+l,schemaPath:"#/items/not",keyword:"not",params:{},message:"must NOT be valid",schema:a.items.not,parentSchema:a.items,data:m};e===null?e=[n]:e.push(n),t++}else t=w,e!==null&&(w?e.length=w:e=null);if(m&&typeof m=="object"&&!Array.isArray(m)){if(m.name===void 0){let n={instancePath:r+"/"+l,schemaPath:"#/items/required",keyword:"required",params:{missingProperty:"name"},message:"must have required property 'name'",schema:a.items.required,parentSchema:a.items,data:m};e===null?e=[n]:e.push(n),t++}if(m.url===void 0){let n={instancePath:r+"/"+l,schemaPath:"#/items/required",keyword:"required",params:{missingProperty:"url"},message:"must have required property 'url'",schema:a.items.required,parentSchema:a.items,data:m};e===null?e=[n]:e.push(n),t++}if(m.key===void 0){let n={instancePath:r+"/"+l,schemaPath:"#/items/required",keyword:"required",params:{missingProperty:"key"},message:"must have required property 'key'",schema:a.items.required,parentSchema:a.items,data:m};e===null?e=[n]:e.push(n),t++}if(m.icon!==void 0){let n=m.icon;if(n&&typeof n=="object"&&!Array.isArray(n)){if(n.url===void 0){let i={instancePath:r+"/"+l+"/icon",schemaPath:"#/items/properties/icon/required",keyword:"required",params:{missingProperty:"url"},message:"must have required property 'url'",schema:a.items.properties.icon.required,parentSchema:a.items.properties.icon,data:n};e===null?e=[i]:e.push(i),t++}for(let i in n)if(i!=="url"){let c={instancePath:r+"/"+l+"/icon",schemaPath:"#/items/properties/icon/additionalProperties",keyword:"additionalProperties",params:{additionalProperty:i},message:"must NOT have additional properties",schema:!1,parentSchema:a.items.properties.icon,data:n};e===null?e=[c]:e.push(c),t++}if(n.url!==void 0){let i=n.url;if(typeof i!="string"){let c={instancePath:r+"/"+l+"/icon/url",schemaPath:"#/items/properties/icon/properties/url/type",keyword:"type",params:{type:"string"},message:"must be string",schema:a.items.properties.icon.properties.url.type,parentSchema:a.items.properties.icon.properties.url,data:i};e===null?e=[c]:e.push(c),t++}}}else{let i={instancePath:r+"/"+l+"/icon",schemaPath:"#/items/properties/icon/type",keyword:"type",params:{type:"object"},message:"must be object",schema:a.items.properties.icon.type,parentSchema:a.items.properties.icon,data:n};e===null?e=[i]:e.push(i),t++}}if(m.context!==void 0){let n=m.context;if(typeof n!="string"){let i={instancePath:r+"/"+l+"/context",schemaPath:"#/items/properties/context/type",keyword:"type",params:{type:"string"},message:"must be string",schema:a.items.properties.context.type,parentSchema:a.items.properties.context,data:n};e===null?e=[i]:e.push(i),t++}if(!(n==="page"||n==="PAGE"||n==="addon"||n==="ADDON"||n==="product"||n==="PRODUCT")){let i={instancePath:r+"/"+l+"/context",schemaPath:"#/items/properties/context/enum",keyword:"enum",params:{allowedValues:a.items.properties.context.enum},message:"must be equal to one of the allowed values",schema:a.items.properties.context.enum,parentSchema:a.items.properties.context,data:n};e===null?e=[i]:e.push(i),t++}}if(m.name!==void 0&&(k(m.name,{instancePath:r+"/"+l+"/name",parentData:m,parentDataProperty:"name",rootData:d})||(e=e===null?k.errors:e.concat(k.errors),t=e.length)),m.weight!==void 0){let n=m.weight;if(!(typeof n=="number"&&!(n%1)&&!isNaN(n))){let i={instancePath:r+"/"+l+"/weight",schemaPath:"#/items/properties/weight/type",keyword:"type",params:{type:"integer"},message:"must be integer",schema:a.items.properties.weight.type,parentSchema:a.items.properties.weight,data:n};e===null?e=[i]:e.push(i),t++}}if(m.conditions!==void 0){let n=m.conditions;if(Array.isArray(n)){let i=n.length;for(let c=0;c<i;c++){let u=n[c];if(!(u&&typeof u=="object"&&!Array.isArray(u))){let A={instancePath:r+"/"+l+"/conditions/"+c,schemaPath:"#/items/properties/conditions/items/type",keyword:"type",params:{type:"object"},message:"must be object",schema:a.items.properties.conditions.items.type,parentSchema:a.items.properties.conditions.items,data:u};e===null?e=[A]:e.push(A),t++}let q=t,j=!1,M=t;S(u,{instancePath:r+"/"+l+"/conditions/"+c,parentData:n,parentDataProperty:c,rootData:d})||(e=e===null?S.errors:e.concat(S.errors),t=e.length);var p=M===t;if(j=j||p,!j){let A=t;D(u,{instancePath:r+"/"+l+"/conditions/"+c,parentData:n,parentDataProperty:c,rootData:d})||(e=e===null?D.errors:e.concat(D.errors),t=e.length);var p=A===t;j=j||p}if(j)t=q,e!==null&&(q?e.length=q:e=null);else{let A={instancePath:r+"/"+l+"/conditions/"+c,schemaPath:"#/items/properties/conditions/items/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:a.items.properties.conditions.items.anyOf,parentSchema:a.items.properties.conditions.items,data:u};e===null?e=[A]:e.push(A),t++}}}else{let i={instancePath:r+"/"+l+"/conditions",schemaPath:"#/items/properties/conditions/type",keyword:"type",params:{type:"array"},message:"must be array",schema:a.items.properties.conditions.type,parentSchema:a.items.properties.conditions,data:n};e===null?e=[i]:e.push(i),t++}}if(m.url!==void 0){let n=m.url;if(typeof n!="string"){let i={instancePath:r+"/"+l+"/url",schemaPath:"#/items/properties/url/type",keyword:"type",params:{type:"string"},message:"must be string",schema:a.items.properties.url.type,parentSchema:a.items.properties.url,data:n};e===null?e=[i]:e.push(i),t++}}if(m.key!==void 0&&(C(m.key,{instancePath:r+"/"+l+"/key",parentData:m,parentDataProperty:"key",rootData:d})||(e=e===null?C.errors:e.concat(C.errors),t=e.length)),m.target!==void 0){let n=m.target;if(n&&typeof n=="object"&&!Array.isArray(n)){if(n.options!==void 0){let i=n.options;if(i&&typeof i=="object"&&!Array.isArray(i)){if(i.size!==void 0){let c=i.size;if(typeof c!="string"){let u={instancePath:r+"/"+l+"/target/options/size",schemaPath:"#/items/properties/target/properties/options/properties/size/type",keyword:"type",params:{type:"string"},message:"must be string",schema:a.items.properties.target.properties.options.properties.size.type,parentSchema:a.items.properties.target.properties.options.properties.size,data:c};e===null?e=[u]:e.push(u),t++}if(!(c==="small"||c==="SMALL"||c==="medium"||c==="MEDIUM"||c==="large"||c==="LARGE"||c==="x-large"||c==="X-LARGE")){let u={instancePath:r+"/"+l+"/target/options/size",schemaPath:"#/items/properties/target/properties/options/properties/size/enum",keyword:"enum",params:{allowedValues:a.items.properties.target.properties.options.properties.size.enum},message:"must be equal to one of the allowed values",schema:a.items.properties.target.properties.options.properties.size.enum,parentSchema:a.items.properties.target.properties.options.properties.size,data:c};e===null?e=[u]:e.push(u),t++}}if(i.chrome!==void 0){let c=i.chrome;if(typeof c!="boolean"){let u={instancePath:r+"/"+l+"/target/options/chrome",schemaPath:"#/items/properties/target/properties/options/properties/chrome/type",keyword:"type",params:{type:"boolean"},message:"must be boolean",schema:a.items.properties.target.properties.options.properties.chrome.type,parentSchema:a.items.properties.target.properties.options.properties.chrome,data:c};e===null?e=[u]:e.push(u),t++}}i.header!==void 0&&(k(i.header,{instancePath:r+"/"+l+"/target/options/header",parentData:i,parentDataProperty:"header",rootData:d})||(e=e===null?k.errors:e.concat(k.errors),t=e.length))}else{let c={instancePath:r+"/"+l+"/target/options",schemaPath:"#/items/properties/target/properties/options/type",keyword:"type",params:{type:"object"},message:"must be object",schema:a.items.properties.target.properties.options.type,parentSchema:a.items.properties.target.properties.options,data:i};e===null?e=[c]:e.push(c),t++}}if(n.type!==void 0){let i=n.type;if(typeof i!="string"){let c={instancePath:r+"/"+l+"/target/type",schemaPath:"#/items/properties/target/properties/type/type",keyword:"type",params:{type:"string"},message:"must be string",schema:a.items.properties.target.properties.type.type,parentSchema:a.items.properties.target.properties.type,data:i};e===null?e=[c]:e.push(c),t++}if(!(i==="page"||i==="PAGE"||i==="dialog"||i==="DIALOG")){let c={instancePath:r+"/"+l+"/target/type",schemaPath:"#/items/properties/target/properties/type/enum",keyword:"enum",params:{allowedValues:a.items.properties.target.properties.type.enum},message:"must be equal to one of the allowed values",schema:a.items.properties.target.properties.type.enum,parentSchema:a.items.properties.target.properties.type,data:i};e===null?e=[c]:e.push(c),t++}}}else{let i={instancePath:r+"/"+l+"/target",schemaPath:"#/items/properties/target/type",keyword:"type",params:{type:"object"},message:"must be object",schema:a.items.properties.target.type,parentSchema:a.items.properties.target,data:n};e===null?e=[i]:e.push(i),t++}}}else{let n={instancePath:r+"/"+l,schemaPath:"#/items/type",keyword:"type",params:{type:"object"},message:"must be object",schema:a.items.type,parentSchema:a.items,data:m};e===null?e=[n]:e.push(n),t++}}}else{let h={instancePath:r,schemaPath:"#/type",keyword:"type",params:{type:"array"},message:"must be array",schema:a.type,parentSchema:a,data:s};e===null?e=[h]:e.push(h),t++}return _.errors=e,t===0}function x(s,{instancePath:r="",parentData:g,parentDataProperty:f,rootData:d=s}={}){let e=null,t=0;return _(s,{instancePath:r,parentData:g,parentDataProperty:f,rootData:d})||(e=e===null?_.errors:e.concat(_.errors),t=e.length),x.errors=e,t===0}

"use strict";var E=(n,i)=>()=>{try{return i||n((i={exports:{}}).exports,i),i.exports}catch(f){throw i=0,f}};var N=E(q=>{"use strict";Object.defineProperty(q,"__esModule",{value:!0});function $(n){let i=n.length,f=0,h=0,m;for(;h<i;)f++,m=n.charCodeAt(h++),m>=55296&&m<=56319&&h<i&&(m=n.charCodeAt(h),(m&64512)===56320&&h++);return f}q.default=$;$.code='require("ajv/dist/runtime/ucs2length").default'});module.exports=j;module.exports.default=j;var c={type:"array",items:{properties:{weight:{type:"integer",defaultValue:"100"},conditions:{items:{type:"object",anyOf:[{$ref:"#/definitions/singleCondition"},{$ref:"#/definitions/compositeCondition"}]},type:"array"},url:{type:"string"},key:{$ref:"#/definitions/ModuleKeySchema"}},required:["url","key"],additionalProperties:!0,shortClassName:"portalPanelBean",type:"object",not:{required:["unlicensedAccess"]}},minItems:1},y={properties:{condition:{maxLength:100,type:"string",fieldDescription:`

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


`},V=N().default;function P(n,{instancePath:i="",parentData:f,parentDataProperty:h,rootData:m=n}={}){let e=null,t=0;if(n&&typeof n=="object"&&!Array.isArray(n)){if(n.condition===void 0){let s={instancePath:i,schemaPath:"#/required",keyword:"required",params:{missingProperty:"condition"},message:"must have required property 'condition'",schema:y.required,parentSchema:y,data:n};e===null?e=[s]:e.push(s),t++}if(n.condition!==void 0){let s=n.condition;if(typeof s=="string"){if(V(s)>100){let r={instancePath:i+"/condition",schemaPath:"#/properties/condition/maxLength",keyword:"maxLength",params:{limit:100},message:"must NOT have more than 100 characters",schema:100,parentSchema:y.properties.condition,data:s};e===null?e=[r]:e.push(r),t++}}else{let r={instancePath:i+"/condition",schemaPath:"#/properties/condition/type",keyword:"type",params:{type:"string"},message:"must be string",schema:y.properties.condition.type,parentSchema:y.properties.condition,data:s};e===null?e=[r]:e.push(r),t++}}if(n.invert!==void 0){let s=n.invert;if(typeof s!="boolean"){let r={instancePath:i+"/invert",schemaPath:"#/properties/invert/type",keyword:"type",params:{type:"boolean"},message:"must be boolean",schema:y.properties.invert.type,parentSchema:y.properties.invert,data:s};e===null?e=[r]:e.push(r),t++}}if(n.params!==void 0){let s=n.params;if(!(s&&typeof s=="object"&&!Array.isArray(s))){let r={instancePath:i+"/params",schemaPath:"#/properties/params/type",keyword:"type",params:{type:"object"},message:"must be object",schema:y.properties.params.type,parentSchema:y.properties.params,data:s};e===null?e=[r]:e.push(r),t++}}}else{let s={instancePath:i,schemaPath:"#/type",keyword:"type",params:{type:"object"},message:"must be object",schema:y.type,parentSchema:y,data:n};e===null?e=[s]:e.push(s),t++}return P.errors=e,t===0}var u={properties:{conditions:{items:{type:"object",anyOf:[{$ref:"#"},{$ref:"#/definitions/singleCondition"}]},type:"array",fieldDescription:`

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


`},O={validate:j};function A(n,{instancePath:i="",parentData:f,parentDataProperty:h,rootData:m=n}={}){let e=null,t=0;if(n&&typeof n=="object"&&!Array.isArray(n)){if(n.conditions!==void 0){let r=n.conditions;if(Array.isArray(r)){let d=r.length;for(let p=0;p<d;p++){let o=r[p];if(!(o&&typeof o=="object"&&!Array.isArray(o))){let l={instancePath:i+"/conditions/"+p,schemaPath:"#/properties/conditions/items/type",keyword:"type",params:{type:"object"},message:"must be object",schema:u.properties.conditions.items.type,parentSchema:u.properties.conditions.items,data:o};e===null?e=[l]:e.push(l),t++}let v=t,b=!1,a=t;O.validate(o,{instancePath:i+"/conditions/"+p,parentData:r,parentDataProperty:p,rootData:m})||(e=e===null?O.validate.errors:e.concat(O.validate.errors),t=e.length);var s=a===t;if(b=b||s,!b){let l=t;P(o,{instancePath:i+"/conditions/"+p,parentData:r,parentDataProperty:p,rootData:m})||(e=e===null?P.errors:e.concat(P.errors),t=e.length);var s=l===t;b=b||s}if(b)t=v,e!==null&&(v?e.length=v:e=null);else{let l={instancePath:i+"/conditions/"+p,schemaPath:"#/properties/conditions/items/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:u.properties.conditions.items.anyOf,parentSchema:u.properties.conditions.items,data:o};e===null?e=[l]:e.push(l),t++}}}else{let d={instancePath:i+"/conditions",schemaPath:"#/properties/conditions/type",keyword:"type",params:{type:"array"},message:"must be array",schema:u.properties.conditions.type,parentSchema:u.properties.conditions,data:r};e===null?e=[d]:e.push(d),t++}}if(n.type!==void 0){let r=n.type;if(typeof r!="string"){let d={instancePath:i+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type:"string"},message:"must be string",schema:u.properties.type.type,parentSchema:u.properties.type,data:r};e===null?e=[d]:e.push(d),t++}if(!(r==="and"||r==="AND"||r==="or"||r==="OR")){let d={instancePath:i+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues:u.properties.type.enum},message:"must be equal to one of the allowed values",schema:u.properties.type.enum,parentSchema:u.properties.type,data:r};e===null?e=[d]:e.push(d),t++}}}else{let r={instancePath:i,schemaPath:"#/type",keyword:"type",params:{type:"object"},message:"must be object",schema:u.type,parentSchema:u,data:n};e===null?e=[r]:e.push(r),t++}return A.errors=e,t===0}var x={type:"string",title:"ModuleKeySchema",description:"A key for the module. Must be unique within the manifest.",pattern:"^[a-zA-Z0-9_-]+$"},M=new RegExp("^[a-zA-Z0-9_-]+$","u");function k(n,{instancePath:i="",parentData:f,parentDataProperty:h,rootData:m=n}={}){let e=null,t=0;if(typeof n=="string"){if(!M.test(n)){let s={instancePath:i,schemaPath:"#/pattern",keyword:"pattern",params:{pattern:"^[a-zA-Z0-9_-]+$"},message:'must match pattern "^[a-zA-Z0-9_-]+$"',schema:"^[a-zA-Z0-9_-]+$",parentSchema:x,data:n};e===null?e=[s]:e.push(s),t++}}else{let s={instancePath:i,schemaPath:"#/type",keyword:"type",params:{type:"string"},message:"must be string",schema:x.type,parentSchema:x,data:n};e===null?e=[s]:e.push(s),t++}return k.errors=e,t===0}function S(n,{instancePath:i="",parentData:f,parentDataProperty:h,rootData:m=n}={}){let e=null,t=0;if(Array.isArray(n)){if(n.length<1){let p={instancePath:i,schemaPath:"#/minItems",keyword:"minItems",params:{limit:1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:c,data:n};e===null?e=[p]:e.push(p),t++}let d=n.length;for(let p=0;p<d;p++){let o=n[p],v=t,b=t;if(o&&typeof o=="object"&&!Array.isArray(o)){let a;if(o.unlicensedAccess===void 0&&(a="unlicensedAccess")){let l={};e===null?e=[l]:e.push(l),t++}}var s=b===t;if(s){let a={instancePath:i+"/"+p,schemaPath:"#/items/not",keyword:"not",params:{},message:"must NOT be valid",schema:c.items.not,parentSchema:c.items,data:o};e===null?e=[a]:e.push(a),t++}else t=v,e!==null&&(v?e.length=v:e=null);if(o&&typeof o=="object"&&!Array.isArray(o)){if(o.url===void 0){let a={instancePath:i+"/"+p,schemaPath:"#/items/required",keyword:"required",params:{missingProperty:"url"},message:"must have required property 'url'",schema:c.items.required,parentSchema:c.items,data:o};e===null?e=[a]:e.push(a),t++}if(o.key===void 0){let a={instancePath:i+"/"+p,schemaPath:"#/items/required",keyword:"required",params:{missingProperty:"key"},message:"must have required property 'key'",schema:c.items.required,parentSchema:c.items,data:o};e===null?e=[a]:e.push(a),t++}if(o.weight!==void 0){let a=o.weight;if(!(typeof a=="number"&&!(a%1)&&!isNaN(a))){let l={instancePath:i+"/"+p+"/weight",schemaPath:"#/items/properties/weight/type",keyword:"type",params:{type:"integer"},message:"must be integer",schema:c.items.properties.weight.type,parentSchema:c.items.properties.weight,data:a};e===null?e=[l]:e.push(l),t++}}if(o.conditions!==void 0){let a=o.conditions;if(Array.isArray(a)){let l=a.length;for(let g=0;g<l;g++){let w=a[g];if(!(w&&typeof w=="object"&&!Array.isArray(w))){let _={instancePath:i+"/"+p+"/conditions/"+g,schemaPath:"#/items/properties/conditions/items/type",keyword:"type",params:{type:"object"},message:"must be object",schema:c.items.properties.conditions.items.type,parentSchema:c.items.properties.conditions.items,data:w};e===null?e=[_]:e.push(_),t++}let D=t,C=!1,T=t;P(w,{instancePath:i+"/"+p+"/conditions/"+g,parentData:a,parentDataProperty:g,rootData:m})||(e=e===null?P.errors:e.concat(P.errors),t=e.length);var r=T===t;if(C=C||r,!C){let _=t;A(w,{instancePath:i+"/"+p+"/conditions/"+g,parentData:a,parentDataProperty:g,rootData:m})||(e=e===null?A.errors:e.concat(A.errors),t=e.length);var r=_===t;C=C||r}if(C)t=D,e!==null&&(D?e.length=D:e=null);else{let _={instancePath:i+"/"+p+"/conditions/"+g,schemaPath:"#/items/properties/conditions/items/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:c.items.properties.conditions.items.anyOf,parentSchema:c.items.properties.conditions.items,data:w};e===null?e=[_]:e.push(_),t++}}}else{let l={instancePath:i+"/"+p+"/conditions",schemaPath:"#/items/properties/conditions/type",keyword:"type",params:{type:"array"},message:"must be array",schema:c.items.properties.conditions.type,parentSchema:c.items.properties.conditions,data:a};e===null?e=[l]:e.push(l),t++}}if(o.url!==void 0){let a=o.url;if(typeof a!="string"){let l={instancePath:i+"/"+p+"/url",schemaPath:"#/items/properties/url/type",keyword:"type",params:{type:"string"},message:"must be string",schema:c.items.properties.url.type,parentSchema:c.items.properties.url,data:a};e===null?e=[l]:e.push(l),t++}}o.key!==void 0&&(k(o.key,{instancePath:i+"/"+p+"/key",parentData:o,parentDataProperty:"key",rootData:m})||(e=e===null?k.errors:e.concat(k.errors),t=e.length))}else{let a={instancePath:i+"/"+p,schemaPath:"#/items/type",keyword:"type",params:{type:"object"},message:"must be object",schema:c.items.type,parentSchema:c.items,data:o};e===null?e=[a]:e.push(a),t++}}}else{let d={instancePath:i,schemaPath:"#/type",keyword:"type",params:{type:"array"},message:"must be array",schema:c.type,parentSchema:c,data:n};e===null?e=[d]:e.push(d),t++}return S.errors=e,t===0}function j(n,{instancePath:i="",parentData:f,parentDataProperty:h,rootData:m=n}={}){let e=null,t=0;return S(n,{instancePath:i,parentData:f,parentDataProperty:h,rootData:m})||(e=e===null?S.errors:e.concat(S.errors),t=e.length),j.errors=e,t===0}

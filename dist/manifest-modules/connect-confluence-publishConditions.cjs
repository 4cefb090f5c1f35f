"use strict";var z=(r,n)=>()=>{try{return n||r((n={exports:{}}).exports,n),n.exports}catch(b){throw n=0,b}};var V=z($=>{"use strict";Object.defineProperty($,"__esModule",{value:!0});function R(r){let n=r.length,b=0,g=0,m;for(;g<n;)b++,m=r.charCodeAt(g++),m>=55296&&m<=56319&&g<n&&(m=r.charCodeAt(g),(m&64512)===56320&&g++);return b}$.default=R;R.code='require("ajv/dist/runtime/ucs2length").default'});module.exports=L;module.exports.default=L;var l={type:"array",items:{properties:{dialog:{properties:{width:{maxLength:10,type:"string",fieldDescription:`

Sets how wide the dialog is in pixels.

`},header:{$ref:"#/definitions/i18nProperty",fieldDescription:`

The header text for the dialog

`},conditions:{items:{type:"object",anyOf:[{$ref:"#/definitions/singleCondition"},{$ref:"#/definitions/compositeCondition"}]},type:"array",fieldDescription:`

<a href="../../conditions/">Conditions</a> can be added to display only when all the given conditions are true.

`},url:{type:"string",fieldDescription:`

Specifies the destination of the dialog content. The interpretation of this field depends on the value of the
 <pre>context</pre> field.

 Your add-on can receive [additional context](../../context-parameters/) from the app by
 using variable tokens in the URL attribute.

`},height:{maxLength:10,type:"string",fieldDescription:`

Sets how high the dialog is in pixels

`}},required:["url"],shortClassName:"publishConditionDialog",type:"object",description:`

<p>The dialog allows you to display their custom content within iFrame in the dialog during publish button click.</p>
 <h4>Trigger dialog close using postMessage</h4>
 You can close dialog by sending postMessage with action = <code>closeConditionalPublishDialog</code>
 <pre><code>
  $(function(){
   setTimeout(() => {
     window.top.postMessage({
       action: "closeConditionalPublishDialog"
     }, AP._data.origin)
   }, 10000);
 })
 </code></pre>

`,fieldDescription:`

Triggers the dialog on click of Publish button.

`},errorMessage:{$ref:"#/definitions/i18nProperty",fieldDescription:`

<p>An error message will help you to understand the issue and take necessary action to satisfy the publish condition. <p/>
 <p>
  Note:  If \`dialog\` property is missing, it will be displayed as a notification in Confluence.
 <p/>

`},context:{enum:["page","PAGE","addon","ADDON","product","PRODUCT"],type:"string",fieldDescription:`

The context for the URL parameter. As of now only supported value is \`addon\`.
 <ul>
     <li><pre>addon</pre> - a URL relative to the add-on's base URL</li>
 </ul>

`,defaultValue:"addon"},name:{$ref:"#/definitions/i18nProperty",fieldDescription:`

A human readable name.

`},conditions:{items:{type:"object",anyOf:[{$ref:"#/definitions/compositeCondition"},{$ref:"#/definitions/singleCondition"}]},type:"array",fieldDescription:`

<a href="../../conditions/">Conditions</a> can be added to display only when all the given conditions are true.

`},params:{additionalProperties:!0,type:"object",fieldTitle:"Object",fieldDescription:`

This object represents a map of key/value pairs, where each property name and value corresponds to the parameter name and value respectively.

 <p><b>Example</b></p>





    {
      "params": {
        "someOtherProperty": "someValue",
        "myCustomProperty": "myValue"
      }
    }


`},key:{$ref:"#/definitions/ModuleKeySchema"}},required:["errorMessage","name","key"],not:{required:["unlicensedAccess"]}},minItems:1},T=V().default,k={properties:{value:{maxLength:1500,type:"string",fieldDescription:"\n\nThe human-readable default value. This will be used if no translation exists.\n Only the following HTML tags are supported: `b`, `i`, `strong`, `em`, and `code`.\n\n"},i18n:{maxLength:300,type:"string",fieldDescription:`

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


`};function x(r,{instancePath:n="",parentData:b,parentDataProperty:g,rootData:m=r}={}){let e=null,t=0;if(r&&typeof r=="object"&&!Array.isArray(r)){if(r.value===void 0){let s={instancePath:n,schemaPath:"#/required",keyword:"required",params:{missingProperty:"value"},message:"must have required property 'value'",schema:k.required,parentSchema:k,data:r};e===null?e=[s]:e.push(s),t++}if(r.value!==void 0){let s=r.value;if(typeof s=="string"){if(T(s)>1500){let o={instancePath:n+"/value",schemaPath:"#/properties/value/maxLength",keyword:"maxLength",params:{limit:1500},message:"must NOT have more than 1500 characters",schema:1500,parentSchema:k.properties.value,data:s};e===null?e=[o]:e.push(o),t++}}else{let o={instancePath:n+"/value",schemaPath:"#/properties/value/type",keyword:"type",params:{type:"string"},message:"must be string",schema:k.properties.value.type,parentSchema:k.properties.value,data:s};e===null?e=[o]:e.push(o),t++}}if(r.i18n!==void 0){let s=r.i18n;if(typeof s=="string"){if(T(s)>300){let o={instancePath:n+"/i18n",schemaPath:"#/properties/i18n/maxLength",keyword:"maxLength",params:{limit:300},message:"must NOT have more than 300 characters",schema:300,parentSchema:k.properties.i18n,data:s};e===null?e=[o]:e.push(o),t++}}else{let o={instancePath:n+"/i18n",schemaPath:"#/properties/i18n/type",keyword:"type",params:{type:"string"},message:"must be string",schema:k.properties.i18n.type,parentSchema:k.properties.i18n,data:s};e===null?e=[o]:e.push(o),t++}}}else{let s={instancePath:n,schemaPath:"#/type",keyword:"type",params:{type:"object"},message:"must be object",schema:k.type,parentSchema:k,data:r};e===null?e=[s]:e.push(s),t++}return x.errors=e,t===0}var w={properties:{condition:{maxLength:100,type:"string",fieldDescription:`

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


`};function A(r,{instancePath:n="",parentData:b,parentDataProperty:g,rootData:m=r}={}){let e=null,t=0;if(r&&typeof r=="object"&&!Array.isArray(r)){if(r.condition===void 0){let s={instancePath:n,schemaPath:"#/required",keyword:"required",params:{missingProperty:"condition"},message:"must have required property 'condition'",schema:w.required,parentSchema:w,data:r};e===null?e=[s]:e.push(s),t++}if(r.condition!==void 0){let s=r.condition;if(typeof s=="string"){if(T(s)>100){let o={instancePath:n+"/condition",schemaPath:"#/properties/condition/maxLength",keyword:"maxLength",params:{limit:100},message:"must NOT have more than 100 characters",schema:100,parentSchema:w.properties.condition,data:s};e===null?e=[o]:e.push(o),t++}}else{let o={instancePath:n+"/condition",schemaPath:"#/properties/condition/type",keyword:"type",params:{type:"string"},message:"must be string",schema:w.properties.condition.type,parentSchema:w.properties.condition,data:s};e===null?e=[o]:e.push(o),t++}}if(r.invert!==void 0){let s=r.invert;if(typeof s!="boolean"){let o={instancePath:n+"/invert",schemaPath:"#/properties/invert/type",keyword:"type",params:{type:"boolean"},message:"must be boolean",schema:w.properties.invert.type,parentSchema:w.properties.invert,data:s};e===null?e=[o]:e.push(o),t++}}if(r.params!==void 0){let s=r.params;if(!(s&&typeof s=="object"&&!Array.isArray(s))){let o={instancePath:n+"/params",schemaPath:"#/properties/params/type",keyword:"type",params:{type:"object"},message:"must be object",schema:w.properties.params.type,parentSchema:w.properties.params,data:s};e===null?e=[o]:e.push(o),t++}}}else{let s={instancePath:n,schemaPath:"#/type",keyword:"type",params:{type:"object"},message:"must be object",schema:w.type,parentSchema:w,data:r};e===null?e=[s]:e.push(s),t++}return A.errors=e,t===0}var y={properties:{conditions:{items:{type:"object",anyOf:[{$ref:"#"},{$ref:"#/definitions/singleCondition"}]},type:"array",fieldDescription:`

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


`},N={validate:L};function j(r,{instancePath:n="",parentData:b,parentDataProperty:g,rootData:m=r}={}){let e=null,t=0;if(r&&typeof r=="object"&&!Array.isArray(r)){if(r.conditions!==void 0){let o=r.conditions;if(Array.isArray(o)){let u=o.length;for(let f=0;f<u;f++){let a=o[f];if(!(a&&typeof a=="object"&&!Array.isArray(a))){let i={instancePath:n+"/conditions/"+f,schemaPath:"#/properties/conditions/items/type",keyword:"type",params:{type:"object"},message:"must be object",schema:y.properties.conditions.items.type,parentSchema:y.properties.conditions.items,data:a};e===null?e=[i]:e.push(i),t++}let d=t,P=!1,M=t;N.validate(a,{instancePath:n+"/conditions/"+f,parentData:o,parentDataProperty:f,rootData:m})||(e=e===null?N.validate.errors:e.concat(N.validate.errors),t=e.length);var s=M===t;if(P=P||s,!P){let i=t;A(a,{instancePath:n+"/conditions/"+f,parentData:o,parentDataProperty:f,rootData:m})||(e=e===null?A.errors:e.concat(A.errors),t=e.length);var s=i===t;P=P||s}if(P)t=d,e!==null&&(d?e.length=d:e=null);else{let i={instancePath:n+"/conditions/"+f,schemaPath:"#/properties/conditions/items/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:y.properties.conditions.items.anyOf,parentSchema:y.properties.conditions.items,data:a};e===null?e=[i]:e.push(i),t++}}}else{let u={instancePath:n+"/conditions",schemaPath:"#/properties/conditions/type",keyword:"type",params:{type:"array"},message:"must be array",schema:y.properties.conditions.type,parentSchema:y.properties.conditions,data:o};e===null?e=[u]:e.push(u),t++}}if(r.type!==void 0){let o=r.type;if(typeof o!="string"){let u={instancePath:n+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type:"string"},message:"must be string",schema:y.properties.type.type,parentSchema:y.properties.type,data:o};e===null?e=[u]:e.push(u),t++}if(!(o==="and"||o==="AND"||o==="or"||o==="OR")){let u={instancePath:n+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues:y.properties.type.enum},message:"must be equal to one of the allowed values",schema:y.properties.type.enum,parentSchema:y.properties.type,data:o};e===null?e=[u]:e.push(u),t++}}}else{let o={instancePath:n,schemaPath:"#/type",keyword:"type",params:{type:"object"},message:"must be object",schema:y.type,parentSchema:y,data:r};e===null?e=[o]:e.push(o),t++}return j.errors=e,t===0}var E={type:"string",title:"ModuleKeySchema",description:"A key for the module. Must be unique within the manifest.",pattern:"^[a-zA-Z0-9_-]+$"},U=new RegExp("^[a-zA-Z0-9_-]+$","u");function O(r,{instancePath:n="",parentData:b,parentDataProperty:g,rootData:m=r}={}){let e=null,t=0;if(typeof r=="string"){if(!U.test(r)){let s={instancePath:n,schemaPath:"#/pattern",keyword:"pattern",params:{pattern:"^[a-zA-Z0-9_-]+$"},message:'must match pattern "^[a-zA-Z0-9_-]+$"',schema:"^[a-zA-Z0-9_-]+$",parentSchema:E,data:r};e===null?e=[s]:e.push(s),t++}}else{let s={instancePath:n,schemaPath:"#/type",keyword:"type",params:{type:"string"},message:"must be string",schema:E.type,parentSchema:E,data:r};e===null?e=[s]:e.push(s),t++}return O.errors=e,t===0}function q(r,{instancePath:n="",parentData:b,parentDataProperty:g,rootData:m=r}={}){let e=null,t=0;if(Array.isArray(r)){if(r.length<1){let a={instancePath:n,schemaPath:"#/minItems",keyword:"minItems",params:{limit:1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:l,data:r};e===null?e=[a]:e.push(a),t++}let f=r.length;for(let a=0;a<f;a++){let d=r[a],P=t,M=t;if(d&&typeof d=="object"&&!Array.isArray(d)){let i;if(d.unlicensedAccess===void 0&&(i="unlicensedAccess")){let p={};e===null?e=[p]:e.push(p),t++}}var s=M===t;if(s){let i={instancePath:n+"/"+a,schemaPath:"#/items/not",keyword:"not",params:{},message:"must NOT be valid",schema:l.items.not,parentSchema:l.items,data:d};e===null?e=[i]:e.push(i),t++}else t=P,e!==null&&(P?e.length=P:e=null);if(d&&typeof d=="object"&&!Array.isArray(d)){if(d.errorMessage===void 0){let i={instancePath:n+"/"+a,schemaPath:"#/items/required",keyword:"required",params:{missingProperty:"errorMessage"},message:"must have required property 'errorMessage'",schema:l.items.required,parentSchema:l.items,data:d};e===null?e=[i]:e.push(i),t++}if(d.name===void 0){let i={instancePath:n+"/"+a,schemaPath:"#/items/required",keyword:"required",params:{missingProperty:"name"},message:"must have required property 'name'",schema:l.items.required,parentSchema:l.items,data:d};e===null?e=[i]:e.push(i),t++}if(d.key===void 0){let i={instancePath:n+"/"+a,schemaPath:"#/items/required",keyword:"required",params:{missingProperty:"key"},message:"must have required property 'key'",schema:l.items.required,parentSchema:l.items,data:d};e===null?e=[i]:e.push(i),t++}if(d.dialog!==void 0){let i=d.dialog;if(i&&typeof i=="object"&&!Array.isArray(i)){if(i.url===void 0){let p={instancePath:n+"/"+a+"/dialog",schemaPath:"#/items/properties/dialog/required",keyword:"required",params:{missingProperty:"url"},message:"must have required property 'url'",schema:l.items.properties.dialog.required,parentSchema:l.items.properties.dialog,data:i};e===null?e=[p]:e.push(p),t++}if(i.width!==void 0){let p=i.width;if(typeof p=="string"){if(T(p)>10){let c={instancePath:n+"/"+a+"/dialog/width",schemaPath:"#/items/properties/dialog/properties/width/maxLength",keyword:"maxLength",params:{limit:10},message:"must NOT have more than 10 characters",schema:10,parentSchema:l.items.properties.dialog.properties.width,data:p};e===null?e=[c]:e.push(c),t++}}else{let c={instancePath:n+"/"+a+"/dialog/width",schemaPath:"#/items/properties/dialog/properties/width/type",keyword:"type",params:{type:"string"},message:"must be string",schema:l.items.properties.dialog.properties.width.type,parentSchema:l.items.properties.dialog.properties.width,data:p};e===null?e=[c]:e.push(c),t++}}if(i.header!==void 0&&(x(i.header,{instancePath:n+"/"+a+"/dialog/header",parentData:i,parentDataProperty:"header",rootData:m})||(e=e===null?x.errors:e.concat(x.errors),t=e.length)),i.conditions!==void 0){let p=i.conditions;if(Array.isArray(p)){let c=p.length;for(let h=0;h<c;h++){let v=p[h];if(!(v&&typeof v=="object"&&!Array.isArray(v))){let _={instancePath:n+"/"+a+"/dialog/conditions/"+h,schemaPath:"#/items/properties/dialog/properties/conditions/items/type",keyword:"type",params:{type:"object"},message:"must be object",schema:l.items.properties.dialog.properties.conditions.items.type,parentSchema:l.items.properties.dialog.properties.conditions.items,data:v};e===null?e=[_]:e.push(_),t++}let D=t,S=!1,C=t;A(v,{instancePath:n+"/"+a+"/dialog/conditions/"+h,parentData:p,parentDataProperty:h,rootData:m})||(e=e===null?A.errors:e.concat(A.errors),t=e.length);var o=C===t;if(S=S||o,!S){let _=t;j(v,{instancePath:n+"/"+a+"/dialog/conditions/"+h,parentData:p,parentDataProperty:h,rootData:m})||(e=e===null?j.errors:e.concat(j.errors),t=e.length);var o=_===t;S=S||o}if(S)t=D,e!==null&&(D?e.length=D:e=null);else{let _={instancePath:n+"/"+a+"/dialog/conditions/"+h,schemaPath:"#/items/properties/dialog/properties/conditions/items/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:l.items.properties.dialog.properties.conditions.items.anyOf,parentSchema:l.items.properties.dialog.properties.conditions.items,data:v};e===null?e=[_]:e.push(_),t++}}}else{let c={instancePath:n+"/"+a+"/dialog/conditions",schemaPath:"#/items/properties/dialog/properties/conditions/type",keyword:"type",params:{type:"array"},message:"must be array",schema:l.items.properties.dialog.properties.conditions.type,parentSchema:l.items.properties.dialog.properties.conditions,data:p};e===null?e=[c]:e.push(c),t++}}if(i.url!==void 0){let p=i.url;if(typeof p!="string"){let c={instancePath:n+"/"+a+"/dialog/url",schemaPath:"#/items/properties/dialog/properties/url/type",keyword:"type",params:{type:"string"},message:"must be string",schema:l.items.properties.dialog.properties.url.type,parentSchema:l.items.properties.dialog.properties.url,data:p};e===null?e=[c]:e.push(c),t++}}if(i.height!==void 0){let p=i.height;if(typeof p=="string"){if(T(p)>10){let c={instancePath:n+"/"+a+"/dialog/height",schemaPath:"#/items/properties/dialog/properties/height/maxLength",keyword:"maxLength",params:{limit:10},message:"must NOT have more than 10 characters",schema:10,parentSchema:l.items.properties.dialog.properties.height,data:p};e===null?e=[c]:e.push(c),t++}}else{let c={instancePath:n+"/"+a+"/dialog/height",schemaPath:"#/items/properties/dialog/properties/height/type",keyword:"type",params:{type:"string"},message:"must be string",schema:l.items.properties.dialog.properties.height.type,parentSchema:l.items.properties.dialog.properties.height,data:p};e===null?e=[c]:e.push(c),t++}}}else{let p={instancePath:n+"/"+a+"/dialog",schemaPath:"#/items/properties/dialog/type",keyword:"type",params:{type:"object"},message:"must be object",schema:l.items.properties.dialog.type,parentSchema:l.items.properties.dialog,data:i};e===null?e=[p]:e.push(p),t++}}if(d.errorMessage!==void 0&&(x(d.errorMessage,{instancePath:n+"/"+a+"/errorMessage",parentData:d,parentDataProperty:"errorMessage",rootData:m})||(e=e===null?x.errors:e.concat(x.errors),t=e.length)),d.context!==void 0){let i=d.context;if(typeof i!="string"){let p={instancePath:n+"/"+a+"/context",schemaPath:"#/items/properties/context/type",keyword:"type",params:{type:"string"},message:"must be string",schema:l.items.properties.context.type,parentSchema:l.items.properties.context,data:i};e===null?e=[p]:e.push(p),t++}if(!(i==="page"||i==="PAGE"||i==="addon"||i==="ADDON"||i==="product"||i==="PRODUCT")){let p={instancePath:n+"/"+a+"/context",schemaPath:"#/items/properties/context/enum",keyword:"enum",params:{allowedValues:l.items.properties.context.enum},message:"must be equal to one of the allowed values",schema:l.items.properties.context.enum,parentSchema:l.items.properties.context,data:i};e===null?e=[p]:e.push(p),t++}}if(d.name!==void 0&&(x(d.name,{instancePath:n+"/"+a+"/name",parentData:d,parentDataProperty:"name",rootData:m})||(e=e===null?x.errors:e.concat(x.errors),t=e.length)),d.conditions!==void 0){let i=d.conditions;if(Array.isArray(i)){let p=i.length;for(let c=0;c<p;c++){let h=i[c];if(!(h&&typeof h=="object"&&!Array.isArray(h))){let C={instancePath:n+"/"+a+"/conditions/"+c,schemaPath:"#/items/properties/conditions/items/type",keyword:"type",params:{type:"object"},message:"must be object",schema:l.items.properties.conditions.items.type,parentSchema:l.items.properties.conditions.items,data:h};e===null?e=[C]:e.push(C),t++}let v=t,D=!1,S=t;j(h,{instancePath:n+"/"+a+"/conditions/"+c,parentData:i,parentDataProperty:c,rootData:m})||(e=e===null?j.errors:e.concat(j.errors),t=e.length);var u=S===t;if(D=D||u,!D){let C=t;A(h,{instancePath:n+"/"+a+"/conditions/"+c,parentData:i,parentDataProperty:c,rootData:m})||(e=e===null?A.errors:e.concat(A.errors),t=e.length);var u=C===t;D=D||u}if(D)t=v,e!==null&&(v?e.length=v:e=null);else{let C={instancePath:n+"/"+a+"/conditions/"+c,schemaPath:"#/items/properties/conditions/items/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:l.items.properties.conditions.items.anyOf,parentSchema:l.items.properties.conditions.items,data:h};e===null?e=[C]:e.push(C),t++}}}else{let p={instancePath:n+"/"+a+"/conditions",schemaPath:"#/items/properties/conditions/type",keyword:"type",params:{type:"array"},message:"must be array",schema:l.items.properties.conditions.type,parentSchema:l.items.properties.conditions,data:i};e===null?e=[p]:e.push(p),t++}}if(d.params!==void 0){let i=d.params;if(!(i&&typeof i=="object"&&!Array.isArray(i))){let p={instancePath:n+"/"+a+"/params",schemaPath:"#/items/properties/params/type",keyword:"type",params:{type:"object"},message:"must be object",schema:l.items.properties.params.type,parentSchema:l.items.properties.params,data:i};e===null?e=[p]:e.push(p),t++}}d.key!==void 0&&(O(d.key,{instancePath:n+"/"+a+"/key",parentData:d,parentDataProperty:"key",rootData:m})||(e=e===null?O.errors:e.concat(O.errors),t=e.length))}}}else{let f={instancePath:n,schemaPath:"#/type",keyword:"type",params:{type:"array"},message:"must be array",schema:l.type,parentSchema:l,data:r};e===null?e=[f]:e.push(f),t++}return q.errors=e,t===0}function L(r,{instancePath:n="",parentData:b,parentDataProperty:g,rootData:m=r}={}){let e=null,t=0;return q(r,{instancePath:n,parentData:b,parentDataProperty:g,rootData:m})||(e=e===null?q.errors:e.concat(q.errors),t=e.length),L.errors=e,t===0}

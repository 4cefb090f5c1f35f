"use strict";var K=(s,n)=>()=>{try{return n||s((n={exports:{}}).exports,n),n.exports}catch(v){throw n=0,v}};var B=K(V=>{"use strict";Object.defineProperty(V,"__esModule",{value:!0});function M(s){let n=s.length,v=0,g=0,f;for(;g<n;)v++,f=s.charCodeAt(g++),f>=55296&&f<=56319&&g<n&&(f=s.charCodeAt(g),(f&64512)===56320&&g++);return v}V.default=M;M.code='require("ajv/dist/runtime/ucs2length").default'});module.exports=x;module.exports.default=x;var i={type:"array",items:{properties:{name:{$ref:"#/definitions/i18nProperty",fieldDescription:`

A human readable name.

`},weight:{type:"integer",fieldDescription:`

Determines the order in which the page's link appears in the menu or list.

 The "lightest" weight (i.e., lowest number) appears first, rising relative to other items,
 while the "heaviest" weights sink to the bottom of the menu or list.

 Built-in web items have weights that are incremented by numbers that leave room for additional
 items, such as by 10 or 100. Be mindful of the weight you choose for your item, so that it appears
 in a sensible order given existing items.

`,defaultValue:"100"},location:{maxLength:100,type:"string",fieldDescription:`

The sub-section where this Space Tools Tab should appear. The primary section for Space Tabs is
 \`system.space.tools\`, and the location specified here will be beneath that. e.g setting a location of
 "contenttools" will result in a final location of \`system.space.tools/contenttools\`.

Confluence comes the following standard sections in Space Tools:

 * system.space.tools/overview
 * system.space.tools/permissions
 * system.space.tools/contenttools
 * system.space.tools/lookandfeel
 * system.space.tools/integrations
 * system.space.tools/addons

In future, Connect add-ons will be able to define new web sections, which will enable add-ons to define new
 sub-sections for Space Tools.

Legacy Space Admin section cannot be defined, and is always system.space.admin/spaceops

`},conditions:{items:{type:"object",anyOf:[{properties:{conditions:{items:{type:"object",anyOf:[{$ref:"#"},{$ref:"#/definitions/singleCondition"}]},type:"array",fieldDescription:`

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


`},{properties:{condition:{maxLength:100,type:"string",fieldDescription:`

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


`}]},type:"array",fieldDescription:`

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


`},url:{type:"string",fieldDescription:`

The url to retrieve the content from.
 This can be absolute or relative to the add-on's baseUrl

`},key:{$ref:"#/definitions/ModuleKeySchema"}},required:["name","url","key"],not:{required:["unlicensedAccess"]}},minItems:1},P={properties:{value:{maxLength:1500,type:"string",fieldDescription:"\n\nThe human-readable default value. This will be used if no translation exists.\n Only the following HTML tags are supported: `b`, `i`, `strong`, `em`, and `code`.\n\n"},i18n:{maxLength:300,type:"string",fieldDescription:`

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


`},j=B().default;function _(s,{instancePath:n="",parentData:v,parentDataProperty:g,rootData:f=s}={}){let e=null,t=0;if(s&&typeof s=="object"&&!Array.isArray(s)){if(s.value===void 0){let o={instancePath:n,schemaPath:"#/required",keyword:"required",params:{missingProperty:"value"},message:"must have required property 'value'",schema:P.required,parentSchema:P,data:s};e===null?e=[o]:e.push(o),t++}if(s.value!==void 0){let o=s.value;if(typeof o=="string"){if(j(o)>1500){let c={instancePath:n+"/value",schemaPath:"#/properties/value/maxLength",keyword:"maxLength",params:{limit:1500},message:"must NOT have more than 1500 characters",schema:1500,parentSchema:P.properties.value,data:o};e===null?e=[c]:e.push(c),t++}}else{let c={instancePath:n+"/value",schemaPath:"#/properties/value/type",keyword:"type",params:{type:"string"},message:"must be string",schema:P.properties.value.type,parentSchema:P.properties.value,data:o};e===null?e=[c]:e.push(c),t++}}if(s.i18n!==void 0){let o=s.i18n;if(typeof o=="string"){if(j(o)>300){let c={instancePath:n+"/i18n",schemaPath:"#/properties/i18n/maxLength",keyword:"maxLength",params:{limit:300},message:"must NOT have more than 300 characters",schema:300,parentSchema:P.properties.i18n,data:o};e===null?e=[c]:e.push(c),t++}}else{let c={instancePath:n+"/i18n",schemaPath:"#/properties/i18n/type",keyword:"type",params:{type:"string"},message:"must be string",schema:P.properties.i18n.type,parentSchema:P.properties.i18n,data:o};e===null?e=[c]:e.push(c),t++}}}else{let o={instancePath:n,schemaPath:"#/type",keyword:"type",params:{type:"object"},message:"must be object",schema:P.type,parentSchema:P,data:s};e===null?e=[o]:e.push(o),t++}return _.errors=e,t===0}var b={properties:{condition:{maxLength:100,type:"string",fieldDescription:`

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


`};function A(s,{instancePath:n="",parentData:v,parentDataProperty:g,rootData:f=s}={}){let e=null,t=0;if(s&&typeof s=="object"&&!Array.isArray(s)){if(s.condition===void 0){let o={instancePath:n,schemaPath:"#/required",keyword:"required",params:{missingProperty:"condition"},message:"must have required property 'condition'",schema:b.required,parentSchema:b,data:s};e===null?e=[o]:e.push(o),t++}if(s.condition!==void 0){let o=s.condition;if(typeof o=="string"){if(j(o)>100){let c={instancePath:n+"/condition",schemaPath:"#/properties/condition/maxLength",keyword:"maxLength",params:{limit:100},message:"must NOT have more than 100 characters",schema:100,parentSchema:b.properties.condition,data:o};e===null?e=[c]:e.push(c),t++}}else{let c={instancePath:n+"/condition",schemaPath:"#/properties/condition/type",keyword:"type",params:{type:"string"},message:"must be string",schema:b.properties.condition.type,parentSchema:b.properties.condition,data:o};e===null?e=[c]:e.push(c),t++}}if(s.invert!==void 0){let o=s.invert;if(typeof o!="boolean"){let c={instancePath:n+"/invert",schemaPath:"#/properties/invert/type",keyword:"type",params:{type:"boolean"},message:"must be boolean",schema:b.properties.invert.type,parentSchema:b.properties.invert,data:o};e===null?e=[c]:e.push(c),t++}}if(s.params!==void 0){let o=s.params;if(!(o&&typeof o=="object"&&!Array.isArray(o))){let c={instancePath:n+"/params",schemaPath:"#/properties/params/type",keyword:"type",params:{type:"object"},message:"must be object",schema:b.properties.params.type,parentSchema:b.properties.params,data:o};e===null?e=[c]:e.push(c),t++}}}else{let o={instancePath:n,schemaPath:"#/type",keyword:"type",params:{type:"object"},message:"must be object",schema:b.type,parentSchema:b,data:s};e===null?e=[o]:e.push(o),t++}return A.errors=e,t===0}var $={type:"string",title:"ModuleKeySchema",description:"A key for the module. Must be unique within the manifest.",pattern:"^[a-zA-Z0-9_-]+$"},H=new RegExp("^[a-zA-Z0-9_-]+$","u");function C(s,{instancePath:n="",parentData:v,parentDataProperty:g,rootData:f=s}={}){let e=null,t=0;if(typeof s=="string"){if(!H.test(s)){let o={instancePath:n,schemaPath:"#/pattern",keyword:"pattern",params:{pattern:"^[a-zA-Z0-9_-]+$"},message:'must match pattern "^[a-zA-Z0-9_-]+$"',schema:"^[a-zA-Z0-9_-]+$",parentSchema:$,data:s};e===null?e=[o]:e.push(o),t++}}else{let o={instancePath:n,schemaPath:"#/type",keyword:"type",params:{type:"string"},message:"must be string",schema:$.type,parentSchema:$,data:s};e===null?e=[o]:e.push(o),t++}return C.errors=e,t===0}var z={validate:x};function D(s,{instancePath:n="",parentData:v,parentDataProperty:g,rootData:f=s}={}){let e=null,t=0;if(Array.isArray(s)){if(s.length<1){let a={instancePath:n,schemaPath:"#/minItems",keyword:"minItems",params:{limit:1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:i,data:s};e===null?e=[a]:e.push(a),t++}let T=s.length;for(let a=0;a<T;a++){let p=s[a],L=t,I=t;if(p&&typeof p=="object"&&!Array.isArray(p)){let r;if(p.unlicensedAccess===void 0&&(r="unlicensedAccess")){let h={};e===null?e=[h]:e.push(h),t++}}var o=I===t;if(o){let r={instancePath:n+"/"+a,schemaPath:"#/items/not",keyword:"not",params:{},message:"must NOT be valid",schema:i.items.not,parentSchema:i.items,data:p};e===null?e=[r]:e.push(r),t++}else t=L,e!==null&&(L?e.length=L:e=null);if(p&&typeof p=="object"&&!Array.isArray(p)){if(p.name===void 0){let r={instancePath:n+"/"+a,schemaPath:"#/items/required",keyword:"required",params:{missingProperty:"name"},message:"must have required property 'name'",schema:i.items.required,parentSchema:i.items,data:p};e===null?e=[r]:e.push(r),t++}if(p.url===void 0){let r={instancePath:n+"/"+a,schemaPath:"#/items/required",keyword:"required",params:{missingProperty:"url"},message:"must have required property 'url'",schema:i.items.required,parentSchema:i.items,data:p};e===null?e=[r]:e.push(r),t++}if(p.key===void 0){let r={instancePath:n+"/"+a,schemaPath:"#/items/required",keyword:"required",params:{missingProperty:"key"},message:"must have required property 'key'",schema:i.items.required,parentSchema:i.items,data:p};e===null?e=[r]:e.push(r),t++}if(p.name!==void 0&&(_(p.name,{instancePath:n+"/"+a+"/name",parentData:p,parentDataProperty:"name",rootData:f})||(e=e===null?_.errors:e.concat(_.errors),t=e.length)),p.weight!==void 0){let r=p.weight;if(!(typeof r=="number"&&!(r%1)&&!isNaN(r))){let h={instancePath:n+"/"+a+"/weight",schemaPath:"#/items/properties/weight/type",keyword:"type",params:{type:"integer"},message:"must be integer",schema:i.items.properties.weight.type,parentSchema:i.items.properties.weight,data:r};e===null?e=[h]:e.push(h),t++}}if(p.location!==void 0){let r=p.location;if(typeof r=="string"){if(j(r)>100){let h={instancePath:n+"/"+a+"/location",schemaPath:"#/items/properties/location/maxLength",keyword:"maxLength",params:{limit:100},message:"must NOT have more than 100 characters",schema:100,parentSchema:i.items.properties.location,data:r};e===null?e=[h]:e.push(h),t++}}else{let h={instancePath:n+"/"+a+"/location",schemaPath:"#/items/properties/location/type",keyword:"type",params:{type:"string"},message:"must be string",schema:i.items.properties.location.type,parentSchema:i.items.properties.location,data:r};e===null?e=[h]:e.push(h),t++}}if(p.conditions!==void 0){let r=p.conditions;if(Array.isArray(r)){let h=r.length;for(let u=0;u<h;u++){let m=r[u];if(!(m&&typeof m=="object"&&!Array.isArray(m))){let d={instancePath:n+"/"+a+"/conditions/"+u,schemaPath:"#/items/properties/conditions/items/type",keyword:"type",params:{type:"object"},message:"must be object",schema:i.items.properties.conditions.items.type,parentSchema:i.items.properties.conditions.items,data:m};e===null?e=[d]:e.push(d),t++}let E=t,O=!1,R=t;if(m&&typeof m=="object"&&!Array.isArray(m)){if(m.conditions!==void 0){let d=m.conditions;if(Array.isArray(d)){let w=d.length;for(let l=0;l<w;l++){let y=d[l];if(!(y&&typeof y=="object"&&!Array.isArray(y))){let k={instancePath:n+"/"+a+"/conditions/"+u+"/conditions/"+l,schemaPath:"#/items/properties/conditions/items/anyOf/0/properties/conditions/items/type",keyword:"type",params:{type:"object"},message:"must be object",schema:i.items.properties.conditions.items.anyOf[0].properties.conditions.items.type,parentSchema:i.items.properties.conditions.items.anyOf[0].properties.conditions.items,data:y};e===null?e=[k]:e.push(k),t++}let N=t,S=!1,Z=t;z.validate(y,{instancePath:n+"/"+a+"/conditions/"+u+"/conditions/"+l,parentData:d,parentDataProperty:l,rootData:f})||(e=e===null?z.validate.errors:e.concat(z.validate.errors),t=e.length);var c=Z===t;if(S=S||c,!S){let k=t;A(y,{instancePath:n+"/"+a+"/conditions/"+u+"/conditions/"+l,parentData:d,parentDataProperty:l,rootData:f})||(e=e===null?A.errors:e.concat(A.errors),t=e.length);var c=k===t;S=S||c}if(S)t=N,e!==null&&(N?e.length=N:e=null);else{let k={instancePath:n+"/"+a+"/conditions/"+u+"/conditions/"+l,schemaPath:"#/items/properties/conditions/items/anyOf/0/properties/conditions/items/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:i.items.properties.conditions.items.anyOf[0].properties.conditions.items.anyOf,parentSchema:i.items.properties.conditions.items.anyOf[0].properties.conditions.items,data:y};e===null?e=[k]:e.push(k),t++}}}else{let w={instancePath:n+"/"+a+"/conditions/"+u+"/conditions",schemaPath:"#/items/properties/conditions/items/anyOf/0/properties/conditions/type",keyword:"type",params:{type:"array"},message:"must be array",schema:i.items.properties.conditions.items.anyOf[0].properties.conditions.type,parentSchema:i.items.properties.conditions.items.anyOf[0].properties.conditions,data:d};e===null?e=[w]:e.push(w),t++}}if(m.type!==void 0){let d=m.type;if(typeof d!="string"){let w={instancePath:n+"/"+a+"/conditions/"+u+"/type",schemaPath:"#/items/properties/conditions/items/anyOf/0/properties/type/type",keyword:"type",params:{type:"string"},message:"must be string",schema:i.items.properties.conditions.items.anyOf[0].properties.type.type,parentSchema:i.items.properties.conditions.items.anyOf[0].properties.type,data:d};e===null?e=[w]:e.push(w),t++}if(!(d==="and"||d==="AND"||d==="or"||d==="OR")){let w={instancePath:n+"/"+a+"/conditions/"+u+"/type",schemaPath:"#/items/properties/conditions/items/anyOf/0/properties/type/enum",keyword:"enum",params:{allowedValues:i.items.properties.conditions.items.anyOf[0].properties.type.enum},message:"must be equal to one of the allowed values",schema:i.items.properties.conditions.items.anyOf[0].properties.type.enum,parentSchema:i.items.properties.conditions.items.anyOf[0].properties.type,data:d};e===null?e=[w]:e.push(w),t++}}}else{let d={instancePath:n+"/"+a+"/conditions/"+u,schemaPath:"#/items/properties/conditions/items/anyOf/0/type",keyword:"type",params:{type:"object"},message:"must be object",schema:i.items.properties.conditions.items.anyOf[0].type,parentSchema:i.items.properties.conditions.items.anyOf[0],data:m};e===null?e=[d]:e.push(d),t++}var q=R===t;if(O=O||q,!O){let d=t;if(m&&typeof m=="object"&&!Array.isArray(m)){if(m.condition===void 0){let l={instancePath:n+"/"+a+"/conditions/"+u,schemaPath:"#/items/properties/conditions/items/anyOf/1/required",keyword:"required",params:{missingProperty:"condition"},message:"must have required property 'condition'",schema:i.items.properties.conditions.items.anyOf[1].required,parentSchema:i.items.properties.conditions.items.anyOf[1],data:m};e===null?e=[l]:e.push(l),t++}if(m.condition!==void 0){let l=m.condition;if(typeof l=="string"){if(j(l)>100){let y={instancePath:n+"/"+a+"/conditions/"+u+"/condition",schemaPath:"#/items/properties/conditions/items/anyOf/1/properties/condition/maxLength",keyword:"maxLength",params:{limit:100},message:"must NOT have more than 100 characters",schema:100,parentSchema:i.items.properties.conditions.items.anyOf[1].properties.condition,data:l};e===null?e=[y]:e.push(y),t++}}else{let y={instancePath:n+"/"+a+"/conditions/"+u+"/condition",schemaPath:"#/items/properties/conditions/items/anyOf/1/properties/condition/type",keyword:"type",params:{type:"string"},message:"must be string",schema:i.items.properties.conditions.items.anyOf[1].properties.condition.type,parentSchema:i.items.properties.conditions.items.anyOf[1].properties.condition,data:l};e===null?e=[y]:e.push(y),t++}}if(m.invert!==void 0){let l=m.invert;if(typeof l!="boolean"){let y={instancePath:n+"/"+a+"/conditions/"+u+"/invert",schemaPath:"#/items/properties/conditions/items/anyOf/1/properties/invert/type",keyword:"type",params:{type:"boolean"},message:"must be boolean",schema:i.items.properties.conditions.items.anyOf[1].properties.invert.type,parentSchema:i.items.properties.conditions.items.anyOf[1].properties.invert,data:l};e===null?e=[y]:e.push(y),t++}}if(m.params!==void 0){let l=m.params;if(!(l&&typeof l=="object"&&!Array.isArray(l))){let y={instancePath:n+"/"+a+"/conditions/"+u+"/params",schemaPath:"#/items/properties/conditions/items/anyOf/1/properties/params/type",keyword:"type",params:{type:"object"},message:"must be object",schema:i.items.properties.conditions.items.anyOf[1].properties.params.type,parentSchema:i.items.properties.conditions.items.anyOf[1].properties.params,data:l};e===null?e=[y]:e.push(y),t++}}}else{let l={instancePath:n+"/"+a+"/conditions/"+u,schemaPath:"#/items/properties/conditions/items/anyOf/1/type",keyword:"type",params:{type:"object"},message:"must be object",schema:i.items.properties.conditions.items.anyOf[1].type,parentSchema:i.items.properties.conditions.items.anyOf[1],data:m};e===null?e=[l]:e.push(l),t++}var q=d===t;O=O||q}if(O)t=E,e!==null&&(E?e.length=E:e=null);else{let d={instancePath:n+"/"+a+"/conditions/"+u,schemaPath:"#/items/properties/conditions/items/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:i.items.properties.conditions.items.anyOf,parentSchema:i.items.properties.conditions.items,data:m};e===null?e=[d]:e.push(d),t++}}}else{let h={instancePath:n+"/"+a+"/conditions",schemaPath:"#/items/properties/conditions/type",keyword:"type",params:{type:"array"},message:"must be array",schema:i.items.properties.conditions.type,parentSchema:i.items.properties.conditions,data:r};e===null?e=[h]:e.push(h),t++}}if(p.params!==void 0){let r=p.params;if(!(r&&typeof r=="object"&&!Array.isArray(r))){let h={instancePath:n+"/"+a+"/params",schemaPath:"#/items/properties/params/type",keyword:"type",params:{type:"object"},message:"must be object",schema:i.items.properties.params.type,parentSchema:i.items.properties.params,data:r};e===null?e=[h]:e.push(h),t++}}if(p.url!==void 0){let r=p.url;if(typeof r!="string"){let h={instancePath:n+"/"+a+"/url",schemaPath:"#/items/properties/url/type",keyword:"type",params:{type:"string"},message:"must be string",schema:i.items.properties.url.type,parentSchema:i.items.properties.url,data:r};e===null?e=[h]:e.push(h),t++}}p.key!==void 0&&(C(p.key,{instancePath:n+"/"+a+"/key",parentData:p,parentDataProperty:"key",rootData:f})||(e=e===null?C.errors:e.concat(C.errors),t=e.length))}}}else{let T={instancePath:n,schemaPath:"#/type",keyword:"type",params:{type:"array"},message:"must be array",schema:i.type,parentSchema:i,data:s};e===null?e=[T]:e.push(T),t++}return D.errors=e,t===0}function x(s,{instancePath:n="",parentData:v,parentDataProperty:g,rootData:f=s}={}){let e=null,t=0;return D(s,{instancePath:n,parentData:v,parentDataProperty:g,rootData:f})||(e=e===null?D.errors:e.concat(D.errors),t=e.length),x.errors=e,t===0}

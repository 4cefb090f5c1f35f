"use strict";var I=(n,t)=>()=>{try{return t||n((t={exports:{}}).exports,t),t.exports}catch(w){throw t=0,w}};var A=I(j=>{"use strict";Object.defineProperty(j,"__esModule",{value:!0});function q(n){let t=n.length,w=0,b=0,d;for(;b<t;)w++,d=n.charCodeAt(b++),d>=55296&&d<=56319&&b<t&&(d=n.charCodeAt(b),(d&64512)===56320&&b++);return w}j.default=q;q.code='require("ajv/dist/runtime/ucs2length").default'});module.exports=D;module.exports.default=D;var i={type:"array",items:{properties:{entityType:{enum:["issue","ISSUE","user","USER","project","PROJECT"],type:"string",fieldDescription:`

The type of the entity. The default value is issue.

`,defaultValue:"issue"},name:{$ref:"#/definitions/i18nProperty",fieldDescription:`

A human readable name.

`},keyConfigurations:{items:{properties:{propertyKey:{type:"string",fieldDescription:`

The key of the property from which the data is indexed.

`},extractions:{items:{properties:{objectName:{type:"string",fieldDescription:`

The objectName to the JSON data which is supposed to be indexed. The objectName will be the key of a flattened JSON object with '.' as the delimiter.

 For instance, for JSON <code>"{"label": {"color": "red", "text":"connect"}}</code> the valid objectName
 referencing the color is label.color.

 It is important to note that the objectName can refer to an array type, where the 'type' field in the extraction should
 be the type of each element in the specified array.

`},alias:{type:"string",fieldDescription:`

The name, under which this property will be searchable with JQL.

`},type:{enum:["number","NUMBER","text","TEXT","string","STRING","user","USER","date","DATE"],type:"string",fieldDescription:`

The type of the referenced value.

 The type can be one of the following values:

 * \`number\`, which is indexed as a number and allows the range ordering and searching on this field.
 * \`text\`, which is tokenized before indexing and allows searching for particular words.
 * \`string\` which is indexed as is and allows searching for the exact phase only.
 * \`user\`, which is indexed as a user and allows user-based searching. The expected value is an _account ID_ string (a universal Atlassian user identifier).
 * \`date\`, which is indexed as a date and allows date range searching and ordering. The expected date format is [YYYY]-[MM]-[DD].
 The expected date time format is [YYYY]-[MM]-[DD]T[hh]:[mm] with optional offset from UTC: +/-[hh]:[mm] or \`Z\` for no offset.
 For reference, please see [ISO_8601 standard](http://www.w3.org/TR/NOTE-datetime).

`}},required:["objectName","type"],shortClassName:"entityPropertyIndexExtractionConfigurationBean",type:"object",title:"Property Index",description:`

Defines an entity property to be indexed by Jira. An entity property is a reference to a JSON object, which also defines it's type.
 <p><b>Example</b></p>





    {
      "objectName": "attachment.size",
      "type": "number",
      "alias": "attachmentSize"
    }


`},type:"array",fieldDescription:`

The list with references to values of JSON object which will be indexed and the types of referenced values.

`}},required:["propertyKey","extractions"],shortClassName:"entityPropertyIndexKeyConfigurationBean",type:"object",title:"Index Key Configuration",description:`

Defines the list of extractors which index selected JSON objects from defined property.

 <p><b>Example</b></p>





    {
      "extractions": [
        {
          "objectName": "attachment.size",
          "type": "number"
        }
      ],
      "propertyKey": "attachment"
    }


`},type:"array",fieldDescription:`

List of properties from which selected values are indexed.

`},key:{$ref:"#/definitions/ModuleKeySchema"}},required:["name","key"],not:{required:["unlicensedAccess"]}},minItems:1},k={properties:{value:{maxLength:1500,type:"string",fieldDescription:"\n\nThe human-readable default value. This will be used if no translation exists.\n Only the following HTML tags are supported: `b`, `i`, `strong`, `em`, and `code`.\n\n"},i18n:{maxLength:300,type:"string",fieldDescription:`

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


`},E=A().default;function C(n,{instancePath:t="",parentData:w,parentDataProperty:b,rootData:d=n}={}){let e=null,r=0;if(n&&typeof n=="object"&&!Array.isArray(n)){if(n.value===void 0){let p={instancePath:t,schemaPath:"#/required",keyword:"required",params:{missingProperty:"value"},message:"must have required property 'value'",schema:k.required,parentSchema:k,data:n};e===null?e=[p]:e.push(p),r++}if(n.value!==void 0){let p=n.value;if(typeof p=="string"){if(E(p)>1500){let l={instancePath:t+"/value",schemaPath:"#/properties/value/maxLength",keyword:"maxLength",params:{limit:1500},message:"must NOT have more than 1500 characters",schema:1500,parentSchema:k.properties.value,data:p};e===null?e=[l]:e.push(l),r++}}else{let l={instancePath:t+"/value",schemaPath:"#/properties/value/type",keyword:"type",params:{type:"string"},message:"must be string",schema:k.properties.value.type,parentSchema:k.properties.value,data:p};e===null?e=[l]:e.push(l),r++}}if(n.i18n!==void 0){let p=n.i18n;if(typeof p=="string"){if(E(p)>300){let l={instancePath:t+"/i18n",schemaPath:"#/properties/i18n/maxLength",keyword:"maxLength",params:{limit:300},message:"must NOT have more than 300 characters",schema:300,parentSchema:k.properties.i18n,data:p};e===null?e=[l]:e.push(l),r++}}else{let l={instancePath:t+"/i18n",schemaPath:"#/properties/i18n/type",keyword:"type",params:{type:"string"},message:"must be string",schema:k.properties.i18n.type,parentSchema:k.properties.i18n,data:p};e===null?e=[l]:e.push(l),r++}}}else{let p={instancePath:t,schemaPath:"#/type",keyword:"type",params:{type:"object"},message:"must be object",schema:k.type,parentSchema:k,data:n};e===null?e=[p]:e.push(p),r++}return C.errors=e,r===0}var N={type:"string",title:"ModuleKeySchema",description:"A key for the module. Must be unique within the manifest.",pattern:"^[a-zA-Z0-9_-]+$"},K=new RegExp("^[a-zA-Z0-9_-]+$","u");function T(n,{instancePath:t="",parentData:w,parentDataProperty:b,rootData:d=n}={}){let e=null,r=0;if(typeof n=="string"){if(!K.test(n)){let p={instancePath:t,schemaPath:"#/pattern",keyword:"pattern",params:{pattern:"^[a-zA-Z0-9_-]+$"},message:'must match pattern "^[a-zA-Z0-9_-]+$"',schema:"^[a-zA-Z0-9_-]+$",parentSchema:N,data:n};e===null?e=[p]:e.push(p),r++}}else{let p={instancePath:t,schemaPath:"#/type",keyword:"type",params:{type:"string"},message:"must be string",schema:N.type,parentSchema:N,data:n};e===null?e=[p]:e.push(p),r++}return T.errors=e,r===0}function S(n,{instancePath:t="",parentData:w,parentDataProperty:b,rootData:d=n}={}){let e=null,r=0;if(Array.isArray(n)){if(n.length<1){let a={instancePath:t,schemaPath:"#/minItems",keyword:"minItems",params:{limit:1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:i,data:n};e===null?e=[a]:e.push(a),r++}let l=n.length;for(let a=0;a<l;a++){let m=n[a],P=r,O=r;if(m&&typeof m=="object"&&!Array.isArray(m)){let o;if(m.unlicensedAccess===void 0&&(o="unlicensedAccess")){let u={};e===null?e=[u]:e.push(u),r++}}var p=O===r;if(p){let o={instancePath:t+"/"+a,schemaPath:"#/items/not",keyword:"not",params:{},message:"must NOT be valid",schema:i.items.not,parentSchema:i.items,data:m};e===null?e=[o]:e.push(o),r++}else r=P,e!==null&&(P?e.length=P:e=null);if(m&&typeof m=="object"&&!Array.isArray(m)){if(m.name===void 0){let o={instancePath:t+"/"+a,schemaPath:"#/items/required",keyword:"required",params:{missingProperty:"name"},message:"must have required property 'name'",schema:i.items.required,parentSchema:i.items,data:m};e===null?e=[o]:e.push(o),r++}if(m.key===void 0){let o={instancePath:t+"/"+a,schemaPath:"#/items/required",keyword:"required",params:{missingProperty:"key"},message:"must have required property 'key'",schema:i.items.required,parentSchema:i.items,data:m};e===null?e=[o]:e.push(o),r++}if(m.entityType!==void 0){let o=m.entityType;if(typeof o!="string"){let u={instancePath:t+"/"+a+"/entityType",schemaPath:"#/items/properties/entityType/type",keyword:"type",params:{type:"string"},message:"must be string",schema:i.items.properties.entityType.type,parentSchema:i.items.properties.entityType,data:o};e===null?e=[u]:e.push(u),r++}if(!(o==="issue"||o==="ISSUE"||o==="user"||o==="USER"||o==="project"||o==="PROJECT")){let u={instancePath:t+"/"+a+"/entityType",schemaPath:"#/items/properties/entityType/enum",keyword:"enum",params:{allowedValues:i.items.properties.entityType.enum},message:"must be equal to one of the allowed values",schema:i.items.properties.entityType.enum,parentSchema:i.items.properties.entityType,data:o};e===null?e=[u]:e.push(u),r++}}if(m.name!==void 0&&(C(m.name,{instancePath:t+"/"+a+"/name",parentData:m,parentDataProperty:"name",rootData:d})||(e=e===null?C.errors:e.concat(C.errors),r=e.length)),m.keyConfigurations!==void 0){let o=m.keyConfigurations;if(Array.isArray(o)){let u=o.length;for(let y=0;y<u;y++){let f=o[y];if(f&&typeof f=="object"&&!Array.isArray(f)){if(f.propertyKey===void 0){let c={instancePath:t+"/"+a+"/keyConfigurations/"+y,schemaPath:"#/items/properties/keyConfigurations/items/required",keyword:"required",params:{missingProperty:"propertyKey"},message:"must have required property 'propertyKey'",schema:i.items.properties.keyConfigurations.items.required,parentSchema:i.items.properties.keyConfigurations.items,data:f};e===null?e=[c]:e.push(c),r++}if(f.extractions===void 0){let c={instancePath:t+"/"+a+"/keyConfigurations/"+y,schemaPath:"#/items/properties/keyConfigurations/items/required",keyword:"required",params:{missingProperty:"extractions"},message:"must have required property 'extractions'",schema:i.items.properties.keyConfigurations.items.required,parentSchema:i.items.properties.keyConfigurations.items,data:f};e===null?e=[c]:e.push(c),r++}if(f.propertyKey!==void 0){let c=f.propertyKey;if(typeof c!="string"){let v={instancePath:t+"/"+a+"/keyConfigurations/"+y+"/propertyKey",schemaPath:"#/items/properties/keyConfigurations/items/properties/propertyKey/type",keyword:"type",params:{type:"string"},message:"must be string",schema:i.items.properties.keyConfigurations.items.properties.propertyKey.type,parentSchema:i.items.properties.keyConfigurations.items.properties.propertyKey,data:c};e===null?e=[v]:e.push(v),r++}}if(f.extractions!==void 0){let c=f.extractions;if(Array.isArray(c)){let v=c.length;for(let x=0;x<v;x++){let h=c[x];if(h&&typeof h=="object"&&!Array.isArray(h)){if(h.objectName===void 0){let s={instancePath:t+"/"+a+"/keyConfigurations/"+y+"/extractions/"+x,schemaPath:"#/items/properties/keyConfigurations/items/properties/extractions/items/required",keyword:"required",params:{missingProperty:"objectName"},message:"must have required property 'objectName'",schema:i.items.properties.keyConfigurations.items.properties.extractions.items.required,parentSchema:i.items.properties.keyConfigurations.items.properties.extractions.items,data:h};e===null?e=[s]:e.push(s),r++}if(h.type===void 0){let s={instancePath:t+"/"+a+"/keyConfigurations/"+y+"/extractions/"+x,schemaPath:"#/items/properties/keyConfigurations/items/properties/extractions/items/required",keyword:"required",params:{missingProperty:"type"},message:"must have required property 'type'",schema:i.items.properties.keyConfigurations.items.properties.extractions.items.required,parentSchema:i.items.properties.keyConfigurations.items.properties.extractions.items,data:h};e===null?e=[s]:e.push(s),r++}if(h.objectName!==void 0){let s=h.objectName;if(typeof s!="string"){let g={instancePath:t+"/"+a+"/keyConfigurations/"+y+"/extractions/"+x+"/objectName",schemaPath:"#/items/properties/keyConfigurations/items/properties/extractions/items/properties/objectName/type",keyword:"type",params:{type:"string"},message:"must be string",schema:i.items.properties.keyConfigurations.items.properties.extractions.items.properties.objectName.type,parentSchema:i.items.properties.keyConfigurations.items.properties.extractions.items.properties.objectName,data:s};e===null?e=[g]:e.push(g),r++}}if(h.alias!==void 0){let s=h.alias;if(typeof s!="string"){let g={instancePath:t+"/"+a+"/keyConfigurations/"+y+"/extractions/"+x+"/alias",schemaPath:"#/items/properties/keyConfigurations/items/properties/extractions/items/properties/alias/type",keyword:"type",params:{type:"string"},message:"must be string",schema:i.items.properties.keyConfigurations.items.properties.extractions.items.properties.alias.type,parentSchema:i.items.properties.keyConfigurations.items.properties.extractions.items.properties.alias,data:s};e===null?e=[g]:e.push(g),r++}}if(h.type!==void 0){let s=h.type;if(typeof s!="string"){let g={instancePath:t+"/"+a+"/keyConfigurations/"+y+"/extractions/"+x+"/type",schemaPath:"#/items/properties/keyConfigurations/items/properties/extractions/items/properties/type/type",keyword:"type",params:{type:"string"},message:"must be string",schema:i.items.properties.keyConfigurations.items.properties.extractions.items.properties.type.type,parentSchema:i.items.properties.keyConfigurations.items.properties.extractions.items.properties.type,data:s};e===null?e=[g]:e.push(g),r++}if(!(s==="number"||s==="NUMBER"||s==="text"||s==="TEXT"||s==="string"||s==="STRING"||s==="user"||s==="USER"||s==="date"||s==="DATE")){let g={instancePath:t+"/"+a+"/keyConfigurations/"+y+"/extractions/"+x+"/type",schemaPath:"#/items/properties/keyConfigurations/items/properties/extractions/items/properties/type/enum",keyword:"enum",params:{allowedValues:i.items.properties.keyConfigurations.items.properties.extractions.items.properties.type.enum},message:"must be equal to one of the allowed values",schema:i.items.properties.keyConfigurations.items.properties.extractions.items.properties.type.enum,parentSchema:i.items.properties.keyConfigurations.items.properties.extractions.items.properties.type,data:s};e===null?e=[g]:e.push(g),r++}}}else{let s={instancePath:t+"/"+a+"/keyConfigurations/"+y+"/extractions/"+x,schemaPath:"#/items/properties/keyConfigurations/items/properties/extractions/items/type",keyword:"type",params:{type:"object"},message:"must be object",schema:i.items.properties.keyConfigurations.items.properties.extractions.items.type,parentSchema:i.items.properties.keyConfigurations.items.properties.extractions.items,data:h};e===null?e=[s]:e.push(s),r++}}}else{let v={instancePath:t+"/"+a+"/keyConfigurations/"+y+"/extractions",schemaPath:"#/items/properties/keyConfigurations/items/properties/extractions/type",keyword:"type",params:{type:"array"},message:"must be array",schema:i.items.properties.keyConfigurations.items.properties.extractions.type,parentSchema:i.items.properties.keyConfigurations.items.properties.extractions,data:c};e===null?e=[v]:e.push(v),r++}}}else{let c={instancePath:t+"/"+a+"/keyConfigurations/"+y,schemaPath:"#/items/properties/keyConfigurations/items/type",keyword:"type",params:{type:"object"},message:"must be object",schema:i.items.properties.keyConfigurations.items.type,parentSchema:i.items.properties.keyConfigurations.items,data:f};e===null?e=[c]:e.push(c),r++}}}else{let u={instancePath:t+"/"+a+"/keyConfigurations",schemaPath:"#/items/properties/keyConfigurations/type",keyword:"type",params:{type:"array"},message:"must be array",schema:i.items.properties.keyConfigurations.type,parentSchema:i.items.properties.keyConfigurations,data:o};e===null?e=[u]:e.push(u),r++}}m.key!==void 0&&(T(m.key,{instancePath:t+"/"+a+"/key",parentData:m,parentDataProperty:"key",rootData:d})||(e=e===null?T.errors:e.concat(T.errors),r=e.length))}}}else{let l={instancePath:t,schemaPath:"#/type",keyword:"type",params:{type:"array"},message:"must be array",schema:i.type,parentSchema:i,data:n};e===null?e=[l]:e.push(l),r++}return S.errors=e,r===0}function D(n,{instancePath:t="",parentData:w,parentDataProperty:b,rootData:d=n}={}){let e=null,r=0;return S(n,{instancePath:t,parentData:w,parentDataProperty:b,rootData:d})||(e=e===null?S.errors:e.concat(S.errors),r=e.length),D.errors=e,r===0}

"use strict";var N=(p,i)=>()=>{try{return i||p((i={exports:{}}).exports,i),i.exports}catch(b){throw i=0,b}};var E=N(D=>{"use strict";Object.defineProperty(D,"__esModule",{value:!0});function P(p){let i=p.length,b=0,f=0,u;for(;f<i;)b++,u=p.charCodeAt(f++),u>=55296&&u<=56319&&f<i&&(u=p.charCodeAt(f),(u&64512)===56320&&f++);return b}D.default=P;P.code='require("ajv/dist/runtime/ucs2length").default'});module.exports=S;module.exports.default=S;var r={type:"array",items:{properties:{template:{properties:{type:{enum:["link","LINK"],type:"string",fieldDescription:`

Type of the template.

`},url:{type:"string",fieldDescription:`

<p>
     If the type is 'link' then this specifies the URL template for the link.
     It is possible to use <a href="../../context-parameters/">context parameters</a> in the template.
 </p>

 <p>
     The URL may be relative or absolute. If it is the former, then the Jira context path will be prepended automatically.
 </p>

 <p>
     The following context parameters are available:
     <ul>
         <li>option.id, option.key, option.properties</li>
         <li>issue.id, issue.key</li>
         <li>project.id, project.key</li>
         <li>user.id (deprecated), user.name (deprecated), user.accountId</li>
     </ul>

`}},required:["type","url"],shortClassName:"issueFieldTemplateBean",type:"object",title:"Issue Field Template",description:`

Defines the template used to render issue field options in the UI view.

`,fieldDescription:"\n\nThe template used to render options. This is only valid when the `type` is `single_select` or `multi_select`.\n\n"},property:{properties:{path:{type:"string",fieldDescription:`

The path to the value in the JSON object.

 For instance, for JSON <code>"{"label": {"color": "red", "text":"connect"}}</code> the valid path
 referencing the color is <code>label.color</code>.

`},type:{enum:["number","NUMBER","string","STRING","date","DATE"],type:"string",fieldDescription:`

The type of the referenced value. It will affect how the value is interpreted and displayed,
 and how the field behaves in JQL.

 The type can be one of the following:

 * \`number\`, which is displayed as a number and allows the range ordering and searching on this field.
 * \`string\`, which supports a string, for example <code>"example text"</code>, and a list of strings, for example <code>["example text1", "example text2"]</code>.
             The string is displayed as is and enables a search for matching phrases. The list is displayed as comma-separated values and enables a search for matches to any phrase from the list.
 * \`date\`, which is displayed as a date with time and allows date-based searching.

    The value is expected to be a date string in one of the following formats:
      * [YYYY]-[MM]-[DD]
      * [YYYY]-[MM]-[DD]T[hh]:[mm]Z
      * [YYYY]-[MM]-[DD]T[hh]:[mm]+[hh]:[mm]
      * [YYYY]-[MM]-[DD]T[hh]:[mm]-[hh]:[mm]

   See [ISO_8601 standard](http://www.w3.org/TR/NOTE-datetime) for reference.

`},key:{type:"string",fieldDescription:`

The key of the issue property.

`}},required:["path","type","key"],shortClassName:"issueFieldPropertyBean",type:"object",title:"Issue Field Property",description:`

Defines an issue property that will store the value for the issue field of the \`read_only\` type.

 <p><b>Example</b></p>





    {
      "path": "comments.count",
      "key": "statistics",
      "type": "number"
    }


`,fieldDescription:`

The property that stores the field value.

 Required when the \`type\` is \`read_only\`, otherwise not used.

`},name:{$ref:"#/definitions/i18nProperty",fieldDescription:`

A human readable name.

`},description:{$ref:"#/definitions/i18nProperty",fieldDescription:`

Description of the issue field. This will be displayed for the user under the field in the create or edit issue view.

`},type:{enum:["string","STRING","text","TEXT","rich_text","RICH_TEXT","single_select","SINGLE_SELECT","multi_select","MULTI_SELECT","number","NUMBER","read_only","READ_ONLY"],type:"string",fieldDescription:'\n\nThe type of the field. The following types are available:\n\n * `number` Allows to set a number.\n * `string` Allows to set a string, supports exact matches in JQL.\n * `text` Allows to set a string, supports fuzzy search in JQL (with the "~" operator).\n * `rich_text` Allows to set multi-line text in Jira, and supports fuzzy search in JQL. Note: If you migrate from `text` to `rich_text` for an already existing field, the data won\'t be migrated.\n * `single_select` Allows to select one value from a predefined set. The [Issue field options](/cloud/jira/platform/rest/v2/#api-group-Issue-field-options) REST API can be user to manage available values.\n * `multi_select` Allows to select multiple values from a predefined set. The [Issue field options](/cloud/jira/platform/rest/v2/#api-group-Issue-field-options) REST API can be used to manage available values.\n * `read_only` Displays a given issue property, not editable by users.\n\n'},extractions:{items:{properties:{path:{type:"string",fieldDescription:`

The path to the JSON data which is supposed to be indexed.

 For instance, for JSON <code>"{"label": {"color": "red", "text":"connect"}}</code> the valid path
 referencing the color is label.color.

 Currently, specifying of index for JSON arrays and first level JSON (such as "true") is not supported.
 The JSON needs to be an object with properties.

`},name:{type:"string",fieldDescription:`

The name, under which this property will be searchable with JQL. If not given, the <pre>path</pre> will be used.
 For a field with name Field Name, and an extraction with name ExtractionName the resulting query string will be
 "Field Name".ExtractionName.

`},type:{enum:["number","NUMBER","text","TEXT","string","STRING","user","USER","date","DATE"],type:"string",fieldDescription:`

The type of the referenced value.

 The type can be one of the following values:

 * \`number\`, which is indexed as a number and allows the range ordering and searching on this field.
 * \`text\`, which is tokenized before indexing and allows searching for particular words.
 * \`string\` which is indexed as is and allows searching for the exact phrase only.
 * \`user\`, which is indexed as a user and allows user-based searching. The expected value is an _account ID_ string (a universal Atlassian user identifier).
 * \`date\`, which is indexed as a date with time and allows date-based searching.

    The value is expected to be a date string in one of the following formats:
      * [YYYY]-[MM]-[DD]
      * [YYYY]-[MM]-[DD]T[hh]:[mm]Z
      * [YYYY]-[MM]-[DD]T[hh]:[mm]+[hh]:[mm]
      * [YYYY]-[MM]-[DD]T[hh]:[mm]-[hh]:[mm]

   See [ISO_8601 standard](http://www.w3.org/TR/NOTE-datetime) for reference.

`}},required:["path","type"],shortClassName:"issueFieldValueExtractionBean",type:"object",title:"Issue Field Option Property Index",description:`

Defines an issue field option property to be indexed by Jira. An option can contain an additional properties object.
 In this bean, you can define which properties will be extracted, so that a user will be able to search for issues which have options set that have a certain property.

 <p>
     Note that \`multi_select\` fields may have more than one option selected. In that case, properties from all options
     are indexed. Each Option's properties should have the same structure to be indexed properly, i.e. the types of values
     across all options' properties should not differ. If they do, Jira will still try to act smart and do the most reasonable thing,
     but the results are not guaranteed.
 </p>

 <p><b>Example</b></p>





    {
      "path": "category",
      "type": "text",
      "name": "categoryName"
    }


`},type:"array",fieldDescription:"\n\nExtractions used for JQL search. This is valid only when the `type` is `single_select` or `multi_select`.\n\n"},key:{$ref:"#/definitions/ModuleKeySchema"}},required:["name","description","type","key"],not:{required:["unlicensedAccess"]}},minItems:1},g={properties:{value:{maxLength:1500,type:"string",fieldDescription:"\n\nThe human-readable default value. This will be used if no translation exists.\n Only the following HTML tags are supported: `b`, `i`, `strong`, `em`, and `code`.\n\n"},i18n:{maxLength:300,type:"string",fieldDescription:`

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


`},I=E().default;function w(p,{instancePath:i="",parentData:b,parentDataProperty:f,rootData:u=p}={}){let e=null,n=0;if(p&&typeof p=="object"&&!Array.isArray(p)){if(p.value===void 0){let m={instancePath:i,schemaPath:"#/required",keyword:"required",params:{missingProperty:"value"},message:"must have required property 'value'",schema:g.required,parentSchema:g,data:p};e===null?e=[m]:e.push(m),n++}if(p.value!==void 0){let m=p.value;if(typeof m=="string"){if(I(m)>1500){let d={instancePath:i+"/value",schemaPath:"#/properties/value/maxLength",keyword:"maxLength",params:{limit:1500},message:"must NOT have more than 1500 characters",schema:1500,parentSchema:g.properties.value,data:m};e===null?e=[d]:e.push(d),n++}}else{let d={instancePath:i+"/value",schemaPath:"#/properties/value/type",keyword:"type",params:{type:"string"},message:"must be string",schema:g.properties.value.type,parentSchema:g.properties.value,data:m};e===null?e=[d]:e.push(d),n++}}if(p.i18n!==void 0){let m=p.i18n;if(typeof m=="string"){if(I(m)>300){let d={instancePath:i+"/i18n",schemaPath:"#/properties/i18n/maxLength",keyword:"maxLength",params:{limit:300},message:"must NOT have more than 300 characters",schema:300,parentSchema:g.properties.i18n,data:m};e===null?e=[d]:e.push(d),n++}}else{let d={instancePath:i+"/i18n",schemaPath:"#/properties/i18n/type",keyword:"type",params:{type:"string"},message:"must be string",schema:g.properties.i18n.type,parentSchema:g.properties.i18n,data:m};e===null?e=[d]:e.push(d),n++}}}else{let m={instancePath:i,schemaPath:"#/type",keyword:"type",params:{type:"object"},message:"must be object",schema:g.type,parentSchema:g,data:p};e===null?e=[m]:e.push(m),n++}return w.errors=e,n===0}var k={type:"string",title:"ModuleKeySchema",description:"A key for the module. Must be unique within the manifest.",pattern:"^[a-zA-Z0-9_-]+$"},_=new RegExp("^[a-zA-Z0-9_-]+$","u");function x(p,{instancePath:i="",parentData:b,parentDataProperty:f,rootData:u=p}={}){let e=null,n=0;if(typeof p=="string"){if(!_.test(p)){let m={instancePath:i,schemaPath:"#/pattern",keyword:"pattern",params:{pattern:"^[a-zA-Z0-9_-]+$"},message:'must match pattern "^[a-zA-Z0-9_-]+$"',schema:"^[a-zA-Z0-9_-]+$",parentSchema:k,data:p};e===null?e=[m]:e.push(m),n++}}else{let m={instancePath:i,schemaPath:"#/type",keyword:"type",params:{type:"string"},message:"must be string",schema:k.type,parentSchema:k,data:p};e===null?e=[m]:e.push(m),n++}return x.errors=e,n===0}function v(p,{instancePath:i="",parentData:b,parentDataProperty:f,rootData:u=p}={}){let e=null,n=0;if(Array.isArray(p)){if(p.length<1){let a={instancePath:i,schemaPath:"#/minItems",keyword:"minItems",params:{limit:1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:r,data:p};e===null?e=[a]:e.push(a),n++}let d=p.length;for(let a=0;a<d;a++){let o=p[a],T=n,q=n;if(o&&typeof o=="object"&&!Array.isArray(o)){let t;if(o.unlicensedAccess===void 0&&(t="unlicensedAccess")){let s={};e===null?e=[s]:e.push(s),n++}}var m=q===n;if(m){let t={instancePath:i+"/"+a,schemaPath:"#/items/not",keyword:"not",params:{},message:"must NOT be valid",schema:r.items.not,parentSchema:r.items,data:o};e===null?e=[t]:e.push(t),n++}else n=T,e!==null&&(T?e.length=T:e=null);if(o&&typeof o=="object"&&!Array.isArray(o)){if(o.name===void 0){let t={instancePath:i+"/"+a,schemaPath:"#/items/required",keyword:"required",params:{missingProperty:"name"},message:"must have required property 'name'",schema:r.items.required,parentSchema:r.items,data:o};e===null?e=[t]:e.push(t),n++}if(o.description===void 0){let t={instancePath:i+"/"+a,schemaPath:"#/items/required",keyword:"required",params:{missingProperty:"description"},message:"must have required property 'description'",schema:r.items.required,parentSchema:r.items,data:o};e===null?e=[t]:e.push(t),n++}if(o.type===void 0){let t={instancePath:i+"/"+a,schemaPath:"#/items/required",keyword:"required",params:{missingProperty:"type"},message:"must have required property 'type'",schema:r.items.required,parentSchema:r.items,data:o};e===null?e=[t]:e.push(t),n++}if(o.key===void 0){let t={instancePath:i+"/"+a,schemaPath:"#/items/required",keyword:"required",params:{missingProperty:"key"},message:"must have required property 'key'",schema:r.items.required,parentSchema:r.items,data:o};e===null?e=[t]:e.push(t),n++}if(o.template!==void 0){let t=o.template;if(t&&typeof t=="object"&&!Array.isArray(t)){if(t.type===void 0){let s={instancePath:i+"/"+a+"/template",schemaPath:"#/items/properties/template/required",keyword:"required",params:{missingProperty:"type"},message:"must have required property 'type'",schema:r.items.properties.template.required,parentSchema:r.items.properties.template,data:t};e===null?e=[s]:e.push(s),n++}if(t.url===void 0){let s={instancePath:i+"/"+a+"/template",schemaPath:"#/items/properties/template/required",keyword:"required",params:{missingProperty:"url"},message:"must have required property 'url'",schema:r.items.properties.template.required,parentSchema:r.items.properties.template,data:t};e===null?e=[s]:e.push(s),n++}if(t.type!==void 0){let s=t.type;if(typeof s!="string"){let l={instancePath:i+"/"+a+"/template/type",schemaPath:"#/items/properties/template/properties/type/type",keyword:"type",params:{type:"string"},message:"must be string",schema:r.items.properties.template.properties.type.type,parentSchema:r.items.properties.template.properties.type,data:s};e===null?e=[l]:e.push(l),n++}if(!(s==="link"||s==="LINK")){let l={instancePath:i+"/"+a+"/template/type",schemaPath:"#/items/properties/template/properties/type/enum",keyword:"enum",params:{allowedValues:r.items.properties.template.properties.type.enum},message:"must be equal to one of the allowed values",schema:r.items.properties.template.properties.type.enum,parentSchema:r.items.properties.template.properties.type,data:s};e===null?e=[l]:e.push(l),n++}}if(t.url!==void 0){let s=t.url;if(typeof s!="string"){let l={instancePath:i+"/"+a+"/template/url",schemaPath:"#/items/properties/template/properties/url/type",keyword:"type",params:{type:"string"},message:"must be string",schema:r.items.properties.template.properties.url.type,parentSchema:r.items.properties.template.properties.url,data:s};e===null?e=[l]:e.push(l),n++}}}else{let s={instancePath:i+"/"+a+"/template",schemaPath:"#/items/properties/template/type",keyword:"type",params:{type:"object"},message:"must be object",schema:r.items.properties.template.type,parentSchema:r.items.properties.template,data:t};e===null?e=[s]:e.push(s),n++}}if(o.property!==void 0){let t=o.property;if(t&&typeof t=="object"&&!Array.isArray(t)){if(t.path===void 0){let s={instancePath:i+"/"+a+"/property",schemaPath:"#/items/properties/property/required",keyword:"required",params:{missingProperty:"path"},message:"must have required property 'path'",schema:r.items.properties.property.required,parentSchema:r.items.properties.property,data:t};e===null?e=[s]:e.push(s),n++}if(t.type===void 0){let s={instancePath:i+"/"+a+"/property",schemaPath:"#/items/properties/property/required",keyword:"required",params:{missingProperty:"type"},message:"must have required property 'type'",schema:r.items.properties.property.required,parentSchema:r.items.properties.property,data:t};e===null?e=[s]:e.push(s),n++}if(t.key===void 0){let s={instancePath:i+"/"+a+"/property",schemaPath:"#/items/properties/property/required",keyword:"required",params:{missingProperty:"key"},message:"must have required property 'key'",schema:r.items.properties.property.required,parentSchema:r.items.properties.property,data:t};e===null?e=[s]:e.push(s),n++}if(t.path!==void 0){let s=t.path;if(typeof s!="string"){let l={instancePath:i+"/"+a+"/property/path",schemaPath:"#/items/properties/property/properties/path/type",keyword:"type",params:{type:"string"},message:"must be string",schema:r.items.properties.property.properties.path.type,parentSchema:r.items.properties.property.properties.path,data:s};e===null?e=[l]:e.push(l),n++}}if(t.type!==void 0){let s=t.type;if(typeof s!="string"){let l={instancePath:i+"/"+a+"/property/type",schemaPath:"#/items/properties/property/properties/type/type",keyword:"type",params:{type:"string"},message:"must be string",schema:r.items.properties.property.properties.type.type,parentSchema:r.items.properties.property.properties.type,data:s};e===null?e=[l]:e.push(l),n++}if(!(s==="number"||s==="NUMBER"||s==="string"||s==="STRING"||s==="date"||s==="DATE")){let l={instancePath:i+"/"+a+"/property/type",schemaPath:"#/items/properties/property/properties/type/enum",keyword:"enum",params:{allowedValues:r.items.properties.property.properties.type.enum},message:"must be equal to one of the allowed values",schema:r.items.properties.property.properties.type.enum,parentSchema:r.items.properties.property.properties.type,data:s};e===null?e=[l]:e.push(l),n++}}if(t.key!==void 0){let s=t.key;if(typeof s!="string"){let l={instancePath:i+"/"+a+"/property/key",schemaPath:"#/items/properties/property/properties/key/type",keyword:"type",params:{type:"string"},message:"must be string",schema:r.items.properties.property.properties.key.type,parentSchema:r.items.properties.property.properties.key,data:s};e===null?e=[l]:e.push(l),n++}}}else{let s={instancePath:i+"/"+a+"/property",schemaPath:"#/items/properties/property/type",keyword:"type",params:{type:"object"},message:"must be object",schema:r.items.properties.property.type,parentSchema:r.items.properties.property,data:t};e===null?e=[s]:e.push(s),n++}}if(o.name!==void 0&&(w(o.name,{instancePath:i+"/"+a+"/name",parentData:o,parentDataProperty:"name",rootData:u})||(e=e===null?w.errors:e.concat(w.errors),n=e.length)),o.description!==void 0&&(w(o.description,{instancePath:i+"/"+a+"/description",parentData:o,parentDataProperty:"description",rootData:u})||(e=e===null?w.errors:e.concat(w.errors),n=e.length)),o.type!==void 0){let t=o.type;if(typeof t!="string"){let s={instancePath:i+"/"+a+"/type",schemaPath:"#/items/properties/type/type",keyword:"type",params:{type:"string"},message:"must be string",schema:r.items.properties.type.type,parentSchema:r.items.properties.type,data:t};e===null?e=[s]:e.push(s),n++}if(!(t==="string"||t==="STRING"||t==="text"||t==="TEXT"||t==="rich_text"||t==="RICH_TEXT"||t==="single_select"||t==="SINGLE_SELECT"||t==="multi_select"||t==="MULTI_SELECT"||t==="number"||t==="NUMBER"||t==="read_only"||t==="READ_ONLY")){let s={instancePath:i+"/"+a+"/type",schemaPath:"#/items/properties/type/enum",keyword:"enum",params:{allowedValues:r.items.properties.type.enum},message:"must be equal to one of the allowed values",schema:r.items.properties.type.enum,parentSchema:r.items.properties.type,data:t};e===null?e=[s]:e.push(s),n++}}if(o.extractions!==void 0){let t=o.extractions;if(Array.isArray(t)){let s=t.length;for(let l=0;l<s;l++){let c=t[l];if(c&&typeof c=="object"&&!Array.isArray(c)){if(c.path===void 0){let h={instancePath:i+"/"+a+"/extractions/"+l,schemaPath:"#/items/properties/extractions/items/required",keyword:"required",params:{missingProperty:"path"},message:"must have required property 'path'",schema:r.items.properties.extractions.items.required,parentSchema:r.items.properties.extractions.items,data:c};e===null?e=[h]:e.push(h),n++}if(c.type===void 0){let h={instancePath:i+"/"+a+"/extractions/"+l,schemaPath:"#/items/properties/extractions/items/required",keyword:"required",params:{missingProperty:"type"},message:"must have required property 'type'",schema:r.items.properties.extractions.items.required,parentSchema:r.items.properties.extractions.items,data:c};e===null?e=[h]:e.push(h),n++}if(c.path!==void 0){let h=c.path;if(typeof h!="string"){let y={instancePath:i+"/"+a+"/extractions/"+l+"/path",schemaPath:"#/items/properties/extractions/items/properties/path/type",keyword:"type",params:{type:"string"},message:"must be string",schema:r.items.properties.extractions.items.properties.path.type,parentSchema:r.items.properties.extractions.items.properties.path,data:h};e===null?e=[y]:e.push(y),n++}}if(c.name!==void 0){let h=c.name;if(typeof h!="string"){let y={instancePath:i+"/"+a+"/extractions/"+l+"/name",schemaPath:"#/items/properties/extractions/items/properties/name/type",keyword:"type",params:{type:"string"},message:"must be string",schema:r.items.properties.extractions.items.properties.name.type,parentSchema:r.items.properties.extractions.items.properties.name,data:h};e===null?e=[y]:e.push(y),n++}}if(c.type!==void 0){let h=c.type;if(typeof h!="string"){let y={instancePath:i+"/"+a+"/extractions/"+l+"/type",schemaPath:"#/items/properties/extractions/items/properties/type/type",keyword:"type",params:{type:"string"},message:"must be string",schema:r.items.properties.extractions.items.properties.type.type,parentSchema:r.items.properties.extractions.items.properties.type,data:h};e===null?e=[y]:e.push(y),n++}if(!(h==="number"||h==="NUMBER"||h==="text"||h==="TEXT"||h==="string"||h==="STRING"||h==="user"||h==="USER"||h==="date"||h==="DATE")){let y={instancePath:i+"/"+a+"/extractions/"+l+"/type",schemaPath:"#/items/properties/extractions/items/properties/type/enum",keyword:"enum",params:{allowedValues:r.items.properties.extractions.items.properties.type.enum},message:"must be equal to one of the allowed values",schema:r.items.properties.extractions.items.properties.type.enum,parentSchema:r.items.properties.extractions.items.properties.type,data:h};e===null?e=[y]:e.push(y),n++}}}else{let h={instancePath:i+"/"+a+"/extractions/"+l,schemaPath:"#/items/properties/extractions/items/type",keyword:"type",params:{type:"object"},message:"must be object",schema:r.items.properties.extractions.items.type,parentSchema:r.items.properties.extractions.items,data:c};e===null?e=[h]:e.push(h),n++}}}else{let s={instancePath:i+"/"+a+"/extractions",schemaPath:"#/items/properties/extractions/type",keyword:"type",params:{type:"array"},message:"must be array",schema:r.items.properties.extractions.type,parentSchema:r.items.properties.extractions,data:t};e===null?e=[s]:e.push(s),n++}}o.key!==void 0&&(x(o.key,{instancePath:i+"/"+a+"/key",parentData:o,parentDataProperty:"key",rootData:u})||(e=e===null?x.errors:e.concat(x.errors),n=e.length))}}}else{let d={instancePath:i,schemaPath:"#/type",keyword:"type",params:{type:"array"},message:"must be array",schema:r.type,parentSchema:r,data:p};e===null?e=[d]:e.push(d),n++}return v.errors=e,n===0}function S(p,{instancePath:i="",parentData:b,parentDataProperty:f,rootData:u=p}={}){let e=null,n=0;return v(p,{instancePath:i,parentData:b,parentDataProperty:f,rootData:u})||(e=e===null?v.errors:e.concat(v.errors),n=e.length),S.errors=e,n===0}

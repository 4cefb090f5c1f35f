"use strict";var K=(t,r)=>()=>{try{return r||t((r={exports:{}}).exports,r),r.exports}catch(y){throw r=0,y}};var B=K(I=>{"use strict";Object.defineProperty(I,"__esModule",{value:!0});function N(t){let r=t.length,y=0,h=0,p;for(;h<r;)y++,p=t.charCodeAt(h++),p>=55296&&p<=56319&&h<r&&(p=t.charCodeAt(h),(p&64512)===56320&&h++);return y}I.default=N;N.code='require("ajv/dist/runtime/ucs2length").default'});module.exports=R;module.exports.default=R;var f={type:"array",items:{properties:{uiSupport:{$ref:"#/definitions/customContentUISupport",fieldDescription:`

Declares information for rendering the custom content in the UI.

`},name:{$ref:"#/definitions/i18nProperty",fieldDescription:`

A human readable name.

`},description:{$ref:"#/definitions/i18nProperty",fieldDescription:`

The description of the custom content

`},apiSupport:{$ref:"#/definitions/apiSupport",fieldDescription:`

This property allows you to specify the container types your custom content can appear in, and its supported child content types.
 It also allows you to enable indexing of your custom content.

`},key:{$ref:"#/definitions/ModuleKeySchema"}},required:["uiSupport","name","apiSupport","key"],not:{required:["unlicensedAccess"]}},minItems:1},u={properties:{editComponentTitlePlaceholder:{$ref:"#/definitions/i18nProperty",fieldDescription:`

Defines a placeholder for title input box that will be used in the edit component.
 Following variables will be replaced at runtime:
 <ul>
     <li><code>{spaceName}</code>: Name of the current space</li>
     <li><code>{spaceKey}</code>: Key of the current space</li>
     <li><code>{contentTypeName}</code>: Name of the current custom content</li>
 </ul>

 For example: <br>
 "What do you want to know about {SpaceName}" will become "What do you want to know about Demonstration Space"
 if user is creating a new piece of custom content in "Demonstration Space" space.

`},listViewComponent:{$ref:"#/definitions/componentReference",fieldDescription:`

Defines a module that will be used when user clicks the navigation link displayed in the space sidebar.<br>
 The module referenced must be a <a href="../page/">generalPage</a>.
 A default list view will be provided if no view component was specified in this field.

`},editComponent:{$ref:"#/definitions/componentReference",fieldDescription:`

Defines a module for adding or editing custom content.<br>
 The module referenced must be a <a href="../page/">generalPage</a>.
 Following context variable will be provided to the edit component URL
 <ul>
     <li><code>customcontent.create</code>: Indicates whether user is creating or editing a piece of custom content</li>
 </ul>
 Please consult <a href="../../context-parameters/">Context Parameters</a> for how to use a context variable.

 Confluence will provide the breadcrumbs, title input, submit and cancel button on the edit component.
 Add-on needs to supply the editor area like the screenshot shown below in a general page module.<br>
 Please refer to the <a href="../../jsapi/custom-content/">Custom Content JavaScript API</a>
 for how to intercept the edit component events and override the default behavior.

 <img src="/cloud/connect/images/confluence-customcontent-edit.png" alt="Custom Content Edit Component" width="80%" style="border:1px solid #999;margin-top:10px;width:500px">

`},icons:{properties:{item:{$ref:"#/definitions/icon",fieldDescription:`

Defines an icon that used for displaying a single custom content item in:
 <ul>
     <li>View attachments screen when the custom content is contained in a page. </li>
     <li>Result entry of site search.</li>
     <li>Result entry of quick search.</li>
 </ul>
 The icon resource provided in this field must be larger or equals to 16x16 pixels.<br>

`},create:{$ref:"#/definitions/icon",fieldDescription:`

Defines an icon that is used for custom content items in the create dialog.<br>
 The icon resource provided in this field must be larger or equals to 48x48 pixels.<br>
 It will fallback to item icon if this field is not specified.
 In that case, please ensure the item icon is larger or equals to 48x48 pixels.

`},list:{$ref:"#/definitions/icon",fieldDescription:`

Defines an icon that used for displaying list of custom content items in:
 <ul>
 <li>Space sidebar if this custom content is allowed to be contained in space. </li>
 </ul>
 The icon resource provided in this field must be larger or equals to 20x20 pixels.<br>
 It will fallback to item icon if this field is not specified.
 In that case, please ensure the item icon is larger or equals to 20x20 pixels.

`}},required:["item"],shortClassName:"customContentIconsBean",type:"object",title:"Custom Content Icons",description:`

Defines icons that used for displaying the custom content.





    {
      "item": {
        "width": 16,
        "height": 16,
        "url": "/item.png"
      }
    }


`,fieldDescription:`

Defines icons used for displaying the content.

`},contentViewComponent:{$ref:"#/definitions/componentReference",fieldDescription:`

Defines a module for viewing custom content.<br>
 The module referenced must be a <a href="../page/">generalPage</a>.

 The view component will get displayed in following places:
 <ul>
     <li>
         <b>Search result</b><br>
         When user clicks the title of a custom content entry in site search result.
     </li>
 </ul>

`},editComponentSubmitButtonLabel:{$ref:"#/definitions/i18nProperty",fieldDescription:`

Defines the label for submit button on edit component

`},editComponentCancelButtonLabel:{$ref:"#/definitions/i18nProperty",fieldDescription:`

Defines the label for cancel button on edit component

`},breadcrumbs:{properties:{relations:{items:{properties:{name:{maxLength:100,type:"string",fieldDescription:`

Name of the content relation

`}},shortClassName:"customContentRelationBean",type:"object",title:"Custom Content Relation",description:`

A reference to a custom content relation





    {
      "name": "worksFor"
    }


`},type:"array",fieldDescription:`

Defines the list of content relations used for generating breadcrumbs<br>
 Following sorting orders will apply:
 <ul>
     <li><b>Relationships defined in different names</b>: Sorted by the order defined in this field</li>
     <li><b>Relationships defined in the same name</b>: Sorted by creation time of the relation</li>
 </ul>

`}},shortClassName:"customContentBreadcrumbsBean",type:"object",title:"Custom Content Breadcrumbs",description:`

Defines the breadcrumbs for this content<br>

 <h3>Use Relation API to generate breadcrumbs</h3>
 An add-on can specify multiple content relationships for generating the breadcrumbs.
 Suppose we have <code>ac:add-on-key:employee</code> defined with following breadcrumbs setting:
 <pre><code>
 ...
 "breadcrumbs": {
   "relations": [
     {
       "name": "worksFor"
     }
   ]
 }
 ...
 </code></pre>

 And we have following custom content created in the Confluence:
 <table>
     <caption style='caption-side:bottom;padding:10px;'>Example custom content for building search breadcrumbs</caption>
     <tr>
        <th>Content ID</th>
        <th>Content Type</th>
        <th>Title</th>
     </tr>
     <tr>
        <td>1</td>
        <td>ac:add-on-key:organization</td>
        <td>Company A</td>
     </tr>
     <tr>
        <td>2</td>
        <td>ac:add-on-key:organization</td>
        <td>Company B</td>
     </tr>
     <tr>
        <td>3</td>
        <td>ac:add-on-key:employee</td>
        <td>Charlie</td>
     </tr>
 </table>

 By using the <a href="https://docs.atlassian.com/confluence/REST/latest/#relation">Relation API</a> we can create following relations between these content:
 <ul>
     <li><b>Charlie works for Company A</b>: PUT /rest/relation/worksFor/from/content/3/to/content/1</li>
     <li><b>Charlie works for Company B</b>: PUT /rest/relation/worksFor/from/content/3/to/content/2</li>
 </ul>

 Since we have let <code>ac:add-on-key:employee</code> to use <code>worksFor</code> relation to generate the breadcrumbs.
 Confluence will fetch the relations that were created under name <code>worksFor</code>,
 then display the titles in the creation order of their relations in the search result like this:
 <img src="/cloud/connect/images/confluence-quick-search-breadcrumbs.png" alt="Quick search breadcrumbs" style="border:1px solid #999;margin-top:10px;width:500px">

 Similarly the site search will display the breadcrumbs as well:
 <img src="/cloud/connect/images/confluence-search-breadcrumbs.png" alt="Quick search breadcrumbs" style="border:1px solid #999;margin-top:10px;width:500px">

`,fieldDescription:`

Defines the breadcrumbs used in
 <ul>
     <li>Result of quick search dropdown</li>
     <li>Result of site search</li>
 </ul>

`}},required:["icons","contentViewComponent"],shortClassName:"customContentUISupportBean",type:"object",title:"Custom Content UI Support",description:`

Declares information related for rendering the custom content in the UI. <br>
 Add-ons have the ability to control the UI components for user to view the custom content.





    {
      "contentViewComponent": {
        "addonKey": "addon-key",
        "moduleKey": "general-page-module-key"
      }
    }




 <h3>View component example</h3>
 Suppose we already defined a general page module like following:





    {
      "url": "/my-general-page?content.plugin={content.plugin}&content.id={content.id}&content.version={content.version}&space.key={space.key}&customParameter={ac.customData}",
      "name": {
        "value": "My viewer page"
      },
      "key": "my-viewer"
    }




 And also the general page is used as a view component in ui support section.





    {
      "contentViewComponent": {
        "moduleKey": "my-viewer"
      }
    }




 When user clicks the title of the corresponding custom content in the search result.
 <code>/my-general-page</code> will be rendered in a iframe with following context parameters being passed.<br>
 <ul>
     <li><code>content.plugin</code>: The content type key of the content. eg: <code>ac:addon-key:module-key</code></li>
     <li><code>content.id</code>: The id of the content</li>
     <li><code>content.version</code>: The version of the content</li>
     <li><code>space.key</code>: The key of the space which content is contained in</li>
 </ul>
 Note, that if an optional custom value is defined in the url string, such as  <code>{ac.customData}</code> in the example above, it will be substituted with the value
 of the <code>ac.customData</code> parameter that will be taken from the Confluence's current URL. Add-on developers can specify any number of custom parameters, provided that they
 have names that follow this convention: <code>ac.parameter_name</code>.
 If more than one custom parameter with the same name is defined in Confluence's current URL, only the first value will be used.
 For additional information on custom parameters see <a href="../../context-parameters/#add-on-specific-context-parameters">Context Parameters</a>.

 <h3>Context Parameters</h3>
 View components support Confluence context parameters. When rendering the view component
 the context variables will be passed to the URL that is defined in the corresponding view component module.<br>
 You can retrieve the content or space information with these parameters via Confluence REST API
 and render it according to your needs.<br>
 Please consult <a href="../../context-parameters/">Context Parameters</a> for what parameters are currently supported.

`},b={properties:{value:{maxLength:1500,type:"string",fieldDescription:"\n\nThe human-readable default value. This will be used if no translation exists.\n Only the following HTML tags are supported: `b`, `i`, `strong`, `em`, and `code`.\n\n"},i18n:{maxLength:300,type:"string",fieldDescription:`

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


`},k=B().default;function m(t,{instancePath:r="",parentData:y,parentDataProperty:h,rootData:p=t}={}){let e=null,o=0;if(t&&typeof t=="object"&&!Array.isArray(t)){if(t.value===void 0){let n={instancePath:r,schemaPath:"#/required",keyword:"required",params:{missingProperty:"value"},message:"must have required property 'value'",schema:b.required,parentSchema:b,data:t};e===null?e=[n]:e.push(n),o++}if(t.value!==void 0){let n=t.value;if(typeof n=="string"){if(k(n)>1500){let i={instancePath:r+"/value",schemaPath:"#/properties/value/maxLength",keyword:"maxLength",params:{limit:1500},message:"must NOT have more than 1500 characters",schema:1500,parentSchema:b.properties.value,data:n};e===null?e=[i]:e.push(i),o++}}else{let i={instancePath:r+"/value",schemaPath:"#/properties/value/type",keyword:"type",params:{type:"string"},message:"must be string",schema:b.properties.value.type,parentSchema:b.properties.value,data:n};e===null?e=[i]:e.push(i),o++}}if(t.i18n!==void 0){let n=t.i18n;if(typeof n=="string"){if(k(n)>300){let i={instancePath:r+"/i18n",schemaPath:"#/properties/i18n/maxLength",keyword:"maxLength",params:{limit:300},message:"must NOT have more than 300 characters",schema:300,parentSchema:b.properties.i18n,data:n};e===null?e=[i]:e.push(i),o++}}else{let i={instancePath:r+"/i18n",schemaPath:"#/properties/i18n/type",keyword:"type",params:{type:"string"},message:"must be string",schema:b.properties.i18n.type,parentSchema:b.properties.i18n,data:n};e===null?e=[i]:e.push(i),o++}}}else{let n={instancePath:r,schemaPath:"#/type",keyword:"type",params:{type:"object"},message:"must be object",schema:b.type,parentSchema:b,data:t};e===null?e=[n]:e.push(n),o++}return m.errors=e,o===0}var g={properties:{addonKey:{maxLength:100,type:"string",fieldDescription:`

The add-on key that referenced module was defined in.<br>
 If not present, the module is assumed to be defined within the same add-on.

`},moduleKey:{maxLength:100,type:"string",fieldDescription:`

Module key of the referenced module.

`}},required:["moduleKey"],shortClassName:"moduleReferenceBean",type:"object",title:"Module Reference",description:`

A reference to a module defined in either this or another add-on





    {
      "addonKey": "addon-key",
      "moduleKey": "general-page-module-key"
    }


`};function C(t,{instancePath:r="",parentData:y,parentDataProperty:h,rootData:p=t}={}){let e=null,o=0;if(t&&typeof t=="object"&&!Array.isArray(t)){if(t.moduleKey===void 0){let n={instancePath:r,schemaPath:"#/required",keyword:"required",params:{missingProperty:"moduleKey"},message:"must have required property 'moduleKey'",schema:g.required,parentSchema:g,data:t};e===null?e=[n]:e.push(n),o++}if(t.addonKey!==void 0){let n=t.addonKey;if(typeof n=="string"){if(k(n)>100){let i={instancePath:r+"/addonKey",schemaPath:"#/properties/addonKey/maxLength",keyword:"maxLength",params:{limit:100},message:"must NOT have more than 100 characters",schema:100,parentSchema:g.properties.addonKey,data:n};e===null?e=[i]:e.push(i),o++}}else{let i={instancePath:r+"/addonKey",schemaPath:"#/properties/addonKey/type",keyword:"type",params:{type:"string"},message:"must be string",schema:g.properties.addonKey.type,parentSchema:g.properties.addonKey,data:n};e===null?e=[i]:e.push(i),o++}}if(t.moduleKey!==void 0){let n=t.moduleKey;if(typeof n=="string"){if(k(n)>100){let i={instancePath:r+"/moduleKey",schemaPath:"#/properties/moduleKey/maxLength",keyword:"maxLength",params:{limit:100},message:"must NOT have more than 100 characters",schema:100,parentSchema:g.properties.moduleKey,data:n};e===null?e=[i]:e.push(i),o++}}else{let i={instancePath:r+"/moduleKey",schemaPath:"#/properties/moduleKey/type",keyword:"type",params:{type:"string"},message:"must be string",schema:g.properties.moduleKey.type,parentSchema:g.properties.moduleKey,data:n};e===null?e=[i]:e.push(i),o++}}}else{let n={instancePath:r,schemaPath:"#/type",keyword:"type",params:{type:"object"},message:"must be object",schema:g.type,parentSchema:g,data:t};e===null?e=[n]:e.push(n),o++}return C.errors=e,o===0}var w={properties:{width:{type:"integer",fieldDescription:`

The width in pixels of the icon image.

`},url:{type:"string",fieldDescription:`

The URL of the icon. Your icon needs to be hosted remotely at a web-accessible location. You can specify the
 URL as an absolute URL or relative to the add-on's base URL.

`},height:{type:"integer",fieldDescription:`

The height in pixels of the icon image.

`}},required:["url"],shortClassName:"iconBean",type:"object",title:"Icon",description:`

Defines an icon to display.

 <h3>Example</h3>





    {
      "icon": {
        "width": 16,
        "height": 16,
        "url": "/my-icon.png"
      }
    }


`};function v(t,{instancePath:r="",parentData:y,parentDataProperty:h,rootData:p=t}={}){let e=null,o=0;if(t&&typeof t=="object"&&!Array.isArray(t)){if(t.url===void 0){let n={instancePath:r,schemaPath:"#/required",keyword:"required",params:{missingProperty:"url"},message:"must have required property 'url'",schema:w.required,parentSchema:w,data:t};e===null?e=[n]:e.push(n),o++}if(t.width!==void 0){let n=t.width;if(!(typeof n=="number"&&!(n%1)&&!isNaN(n))){let i={instancePath:r+"/width",schemaPath:"#/properties/width/type",keyword:"type",params:{type:"integer"},message:"must be integer",schema:w.properties.width.type,parentSchema:w.properties.width,data:n};e===null?e=[i]:e.push(i),o++}}if(t.url!==void 0){let n=t.url;if(typeof n!="string"){let i={instancePath:r+"/url",schemaPath:"#/properties/url/type",keyword:"type",params:{type:"string"},message:"must be string",schema:w.properties.url.type,parentSchema:w.properties.url,data:n};e===null?e=[i]:e.push(i),o++}}if(t.height!==void 0){let n=t.height;if(!(typeof n=="number"&&!(n%1)&&!isNaN(n))){let i={instancePath:r+"/height",schemaPath:"#/properties/height/type",keyword:"type",params:{type:"integer"},message:"must be integer",schema:w.properties.height.type,parentSchema:w.properties.height,data:n};e===null?e=[i]:e.push(i),o++}}}else{let n={instancePath:r,schemaPath:"#/type",keyword:"type",params:{type:"object"},message:"must be object",schema:w.type,parentSchema:w,data:t};e===null?e=[n]:e.push(n),o++}return v.errors=e,o===0}function D(t,{instancePath:r="",parentData:y,parentDataProperty:h,rootData:p=t}={}){let e=null,o=0;if(t&&typeof t=="object"&&!Array.isArray(t)){if(t.icons===void 0){let n={instancePath:r,schemaPath:"#/required",keyword:"required",params:{missingProperty:"icons"},message:"must have required property 'icons'",schema:u.required,parentSchema:u,data:t};e===null?e=[n]:e.push(n),o++}if(t.contentViewComponent===void 0){let n={instancePath:r,schemaPath:"#/required",keyword:"required",params:{missingProperty:"contentViewComponent"},message:"must have required property 'contentViewComponent'",schema:u.required,parentSchema:u,data:t};e===null?e=[n]:e.push(n),o++}if(t.editComponentTitlePlaceholder!==void 0&&(m(t.editComponentTitlePlaceholder,{instancePath:r+"/editComponentTitlePlaceholder",parentData:t,parentDataProperty:"editComponentTitlePlaceholder",rootData:p})||(e=e===null?m.errors:e.concat(m.errors),o=e.length)),t.listViewComponent!==void 0&&(C(t.listViewComponent,{instancePath:r+"/listViewComponent",parentData:t,parentDataProperty:"listViewComponent",rootData:p})||(e=e===null?C.errors:e.concat(C.errors),o=e.length)),t.editComponent!==void 0&&(C(t.editComponent,{instancePath:r+"/editComponent",parentData:t,parentDataProperty:"editComponent",rootData:p})||(e=e===null?C.errors:e.concat(C.errors),o=e.length)),t.icons!==void 0){let n=t.icons;if(n&&typeof n=="object"&&!Array.isArray(n)){if(n.item===void 0){let i={instancePath:r+"/icons",schemaPath:"#/properties/icons/required",keyword:"required",params:{missingProperty:"item"},message:"must have required property 'item'",schema:u.properties.icons.required,parentSchema:u.properties.icons,data:n};e===null?e=[i]:e.push(i),o++}n.item!==void 0&&(v(n.item,{instancePath:r+"/icons/item",parentData:n,parentDataProperty:"item",rootData:p})||(e=e===null?v.errors:e.concat(v.errors),o=e.length)),n.create!==void 0&&(v(n.create,{instancePath:r+"/icons/create",parentData:n,parentDataProperty:"create",rootData:p})||(e=e===null?v.errors:e.concat(v.errors),o=e.length)),n.list!==void 0&&(v(n.list,{instancePath:r+"/icons/list",parentData:n,parentDataProperty:"list",rootData:p})||(e=e===null?v.errors:e.concat(v.errors),o=e.length))}else{let i={instancePath:r+"/icons",schemaPath:"#/properties/icons/type",keyword:"type",params:{type:"object"},message:"must be object",schema:u.properties.icons.type,parentSchema:u.properties.icons,data:n};e===null?e=[i]:e.push(i),o++}}if(t.contentViewComponent!==void 0&&(C(t.contentViewComponent,{instancePath:r+"/contentViewComponent",parentData:t,parentDataProperty:"contentViewComponent",rootData:p})||(e=e===null?C.errors:e.concat(C.errors),o=e.length)),t.editComponentSubmitButtonLabel!==void 0&&(m(t.editComponentSubmitButtonLabel,{instancePath:r+"/editComponentSubmitButtonLabel",parentData:t,parentDataProperty:"editComponentSubmitButtonLabel",rootData:p})||(e=e===null?m.errors:e.concat(m.errors),o=e.length)),t.editComponentCancelButtonLabel!==void 0&&(m(t.editComponentCancelButtonLabel,{instancePath:r+"/editComponentCancelButtonLabel",parentData:t,parentDataProperty:"editComponentCancelButtonLabel",rootData:p})||(e=e===null?m.errors:e.concat(m.errors),o=e.length)),t.breadcrumbs!==void 0){let n=t.breadcrumbs;if(n&&typeof n=="object"&&!Array.isArray(n)){if(n.relations!==void 0){let i=n.relations;if(Array.isArray(i)){let a=i.length;for(let s=0;s<a;s++){let c=i[s];if(c&&typeof c=="object"&&!Array.isArray(c)){if(c.name!==void 0){let T=c.name;if(typeof T=="string"){if(k(T)>100){let d={instancePath:r+"/breadcrumbs/relations/"+s+"/name",schemaPath:"#/properties/breadcrumbs/properties/relations/items/properties/name/maxLength",keyword:"maxLength",params:{limit:100},message:"must NOT have more than 100 characters",schema:100,parentSchema:u.properties.breadcrumbs.properties.relations.items.properties.name,data:T};e===null?e=[d]:e.push(d),o++}}else{let d={instancePath:r+"/breadcrumbs/relations/"+s+"/name",schemaPath:"#/properties/breadcrumbs/properties/relations/items/properties/name/type",keyword:"type",params:{type:"string"},message:"must be string",schema:u.properties.breadcrumbs.properties.relations.items.properties.name.type,parentSchema:u.properties.breadcrumbs.properties.relations.items.properties.name,data:T};e===null?e=[d]:e.push(d),o++}}}else{let T={instancePath:r+"/breadcrumbs/relations/"+s,schemaPath:"#/properties/breadcrumbs/properties/relations/items/type",keyword:"type",params:{type:"object"},message:"must be object",schema:u.properties.breadcrumbs.properties.relations.items.type,parentSchema:u.properties.breadcrumbs.properties.relations.items,data:c};e===null?e=[T]:e.push(T),o++}}}else{let a={instancePath:r+"/breadcrumbs/relations",schemaPath:"#/properties/breadcrumbs/properties/relations/type",keyword:"type",params:{type:"array"},message:"must be array",schema:u.properties.breadcrumbs.properties.relations.type,parentSchema:u.properties.breadcrumbs.properties.relations,data:i};e===null?e=[a]:e.push(a),o++}}}else{let i={instancePath:r+"/breadcrumbs",schemaPath:"#/properties/breadcrumbs/type",keyword:"type",params:{type:"object"},message:"must be object",schema:u.properties.breadcrumbs.type,parentSchema:u.properties.breadcrumbs,data:n};e===null?e=[i]:e.push(i),o++}}}else{let n={instancePath:r,schemaPath:"#/type",keyword:"type",params:{type:"object"},message:"must be object",schema:u.type,parentSchema:u,data:t};e===null?e=[n]:e.push(n),o++}return D.errors=e,o===0}var l={properties:{bodyType:{enum:["storage","STORAGE","raw","RAW"],type:"string",fieldDescription:`

Defines the content body type of this custom content.
 Currently supported content body types are:
 <ul>
     <li><code>storage</code>: This is Confluence's default storage representation which can be rendered using the <a href="https://developer.atlassian.com/cloud/confluence/rest/#api-contentbody-convert-to-post">Content Body Conversion API</a></li>
     <li><code>raw</code>: This representation is used for storing raw data in the body that is not storage format, this format is opaque to Confluence</li>
 </ul>

`,defaultValue:"storage"},supportedChildTypes:{items:{maxLength:100,type:"string"},type:"array",fieldDescription:`

Defines types that can be contained in this custom content.<br>
 Currently supported content types:
 <ul>
     <li><code>attachment</code>: This custom content can contain attachment.</li>
     <li><code>comment</code>: This custom content can contain comment.</li>
     <li>
         Any other content type key of defined custom content.<br>
         Please refer to <a href="../custom-content/#content-type-key">The content type key</a>
         for how to construct the content type key.
     </li>
 </ul>

`},supportedSpacePermissions:{items:{maxLength:100,type:"string"},type:"array",fieldDescription:`

Defines the space permissions that this custom content supports.
 Allowable values are : <b><code>read, create and delete.</code></b>
 It is required that these permissions be granted through the
 space permissions UI in order to perform the given operation.

 Otherwise the default permissions will be used.

`},preventDuplicateTitle:{type:"boolean",fieldDescription:`

Defines whether Confluence should prevent content with duplicate title from being created in the same space or container.

`,defaultValue:"false"},indexing:{$ref:"#/definitions/indexing",fieldDescription:`

Defines how this content type will be indexed

`},supportedContainerTypes:{items:{maxLength:100,type:"string"},type:"array",fieldDescription:`

Defines types that this custom content can be contained in.<br>
 Currently supported content types:
 <ul>
     <li><code>space</code>: Treat this custom content as a space directly contained content.</li>
     <li><code>page</code>: This custom content can be contained in a page.</li>
     <li><code>blogpost</code>: This custom content can be contained in a blog post.</li>
     <li>
         Any other content type of defined custom content.<br>
         Please refer to <a href="../custom-content/#content-type-key">The content type key</a>
         for how to construct the content type key.
     </li>
 </ul>

`}},required:["supportedContainerTypes"],shortClassName:"customContentAPISupportBean",type:"object",title:"Custom Content API Support",description:`

This property allows you to specify the container types your custom content can appear in, and its supported child content types.
 It also allows you to enable indexing of your custom content.





    {
      "bodyType": "storage",
      "supportedContainerTypes": [
        "space",
        "page"
      ],
      "supportedChildTypes": [
        "attachment",
        "comment"
      ],
      "supportedSpacePermissions": [],
      "preventDuplicateTitle": false,
      "indexing": {
        "enabled": true
      }
    }




 <p>In the above example, you'll see we specify content type keys in the <code>supportedContainerTypes</code> and <code>supportedChildTypes</code> fields.
 There are 2 categories of content type you can reference \u2013 built-in content and custom content.</p>

 <h3>Built-in content types example</h3>
 The following snippet shows the content type we're defining can:
 <ul>
     <li>Be contained in a <code>space</code> or a <code>page</code></li>
     <li>Have a child <code>comment</code> or a child <code>attachment</code></li>
 </ul>





    {
      "bodyType": "storage",
      "supportedContainerTypes": [
        "space",
        "page"
      ],
      "supportedChildTypes": [
        "attachment",
        "comment"
      ],
      "supportedSpacePermissions": [],
      "preventDuplicateTitle": false,
      "indexing": {
        "enabled": true
      }
    }





 <h3>Custom content example</h3>
 The following snippet shows the content type we're defining can:
 <ul>
     <li>Be contained in a content with type <code>type1</code> or <code>type2</code>, defined in an add-on with the key <code>my-first-addon</code></li>
     <li>Have a child of a content with type <code>type1</code> or <code>type2</code>, defined in an add-on with the key <code>my-second-addon</code></li>
 </ul>





    {
      "bodyType": "storage",
      "supportedContainerTypes": [
        "ac:my-first-addon:type2",
        "ac:my-first-addon:type1"
      ],
      "supportedChildTypes": [
        "ac:my-second-addon:type1",
        "ac:my-second-addon:type2"
      ],
      "supportedSpacePermissions": [],
      "preventDuplicateTitle": false,
      "indexing": {
        "enabled": true
      }
    }




 <h3>Raw body type custom content example</h3>
 You can define custom content to support a content body with a type of <code>raw</code>.<br>
 This is useful when you want to store, for example, stringified JSON to the content.





    {
      "bodyType": "raw",
      "supportedContainerTypes": [
        "space"
      ],
      "supportedChildTypes": [],
      "supportedSpacePermissions": [],
      "preventDuplicateTitle": false,
      "indexing": {
        "enabled": true
      }
    }




 Content with a raw body looks like this:
 <pre><code>
 {
     "title": "My title",
     "space": {"key": "DS"},
     "type": "ac:add-on-key:module-key",
     "body": {
         "raw": {
             "value": "{\\"field\\": \\"value\\"}",
             "representation": "raw"
         }
     }
 }
 </code></pre>

`},x={properties:{enabled:{type:"boolean",fieldDescription:`

Defines whether this macro parameter should be indexed for site search.

`,defaultValue:"false"}},shortClassName:"macroParameterIndexingBean",type:"object",title:"Macro Parameter Indexing",description:`

Defines how this macro parameter will be indexed for site search





    {
      "enabled": true
    }




 <p>The macro parameter indexing property allows apps to hook into the mechanism by which Confluence populates its
 search index for site search. Each time macro is created or updated in Confluence, the value that is stored in
 the macro parameter will be added to the search index.
 The value of this macro parameter will also be used in displaying the excerpt text for search result.</p>

 <p>This is useful when the body of the macro is not searchable, for example: macros with <code>bodyType: none</code>.
 The app can still provide meaningful search text for this content by storing the extracted information to
 the macro parameter. The data in this macro parameter will get indexed as is without any modification.</p>

`};function P(t,{instancePath:r="",parentData:y,parentDataProperty:h,rootData:p=t}={}){let e=null,o=0;if(t&&typeof t=="object"&&!Array.isArray(t)){if(t.enabled!==void 0){let n=t.enabled;if(typeof n!="boolean"){let i={instancePath:r+"/enabled",schemaPath:"#/properties/enabled/type",keyword:"type",params:{type:"boolean"},message:"must be boolean",schema:x.properties.enabled.type,parentSchema:x.properties.enabled,data:n};e===null?e=[i]:e.push(i),o++}}}else{let n={instancePath:r,schemaPath:"#/type",keyword:"type",params:{type:"object"},message:"must be object",schema:x.type,parentSchema:x,data:t};e===null?e=[n]:e.push(n),o++}return P.errors=e,o===0}function S(t,{instancePath:r="",parentData:y,parentDataProperty:h,rootData:p=t}={}){let e=null,o=0;if(t&&typeof t=="object"&&!Array.isArray(t)){if(t.supportedContainerTypes===void 0){let n={instancePath:r,schemaPath:"#/required",keyword:"required",params:{missingProperty:"supportedContainerTypes"},message:"must have required property 'supportedContainerTypes'",schema:l.required,parentSchema:l,data:t};e===null?e=[n]:e.push(n),o++}if(t.bodyType!==void 0){let n=t.bodyType;if(typeof n!="string"){let i={instancePath:r+"/bodyType",schemaPath:"#/properties/bodyType/type",keyword:"type",params:{type:"string"},message:"must be string",schema:l.properties.bodyType.type,parentSchema:l.properties.bodyType,data:n};e===null?e=[i]:e.push(i),o++}if(!(n==="storage"||n==="STORAGE"||n==="raw"||n==="RAW")){let i={instancePath:r+"/bodyType",schemaPath:"#/properties/bodyType/enum",keyword:"enum",params:{allowedValues:l.properties.bodyType.enum},message:"must be equal to one of the allowed values",schema:l.properties.bodyType.enum,parentSchema:l.properties.bodyType,data:n};e===null?e=[i]:e.push(i),o++}}if(t.supportedChildTypes!==void 0){let n=t.supportedChildTypes;if(Array.isArray(n)){let i=n.length;for(let a=0;a<i;a++){let s=n[a];if(typeof s=="string"){if(k(s)>100){let c={instancePath:r+"/supportedChildTypes/"+a,schemaPath:"#/properties/supportedChildTypes/items/maxLength",keyword:"maxLength",params:{limit:100},message:"must NOT have more than 100 characters",schema:100,parentSchema:l.properties.supportedChildTypes.items,data:s};e===null?e=[c]:e.push(c),o++}}else{let c={instancePath:r+"/supportedChildTypes/"+a,schemaPath:"#/properties/supportedChildTypes/items/type",keyword:"type",params:{type:"string"},message:"must be string",schema:l.properties.supportedChildTypes.items.type,parentSchema:l.properties.supportedChildTypes.items,data:s};e===null?e=[c]:e.push(c),o++}}}else{let i={instancePath:r+"/supportedChildTypes",schemaPath:"#/properties/supportedChildTypes/type",keyword:"type",params:{type:"array"},message:"must be array",schema:l.properties.supportedChildTypes.type,parentSchema:l.properties.supportedChildTypes,data:n};e===null?e=[i]:e.push(i),o++}}if(t.supportedSpacePermissions!==void 0){let n=t.supportedSpacePermissions;if(Array.isArray(n)){let i=n.length;for(let a=0;a<i;a++){let s=n[a];if(typeof s=="string"){if(k(s)>100){let c={instancePath:r+"/supportedSpacePermissions/"+a,schemaPath:"#/properties/supportedSpacePermissions/items/maxLength",keyword:"maxLength",params:{limit:100},message:"must NOT have more than 100 characters",schema:100,parentSchema:l.properties.supportedSpacePermissions.items,data:s};e===null?e=[c]:e.push(c),o++}}else{let c={instancePath:r+"/supportedSpacePermissions/"+a,schemaPath:"#/properties/supportedSpacePermissions/items/type",keyword:"type",params:{type:"string"},message:"must be string",schema:l.properties.supportedSpacePermissions.items.type,parentSchema:l.properties.supportedSpacePermissions.items,data:s};e===null?e=[c]:e.push(c),o++}}}else{let i={instancePath:r+"/supportedSpacePermissions",schemaPath:"#/properties/supportedSpacePermissions/type",keyword:"type",params:{type:"array"},message:"must be array",schema:l.properties.supportedSpacePermissions.type,parentSchema:l.properties.supportedSpacePermissions,data:n};e===null?e=[i]:e.push(i),o++}}if(t.preventDuplicateTitle!==void 0){let n=t.preventDuplicateTitle;if(typeof n!="boolean"){let i={instancePath:r+"/preventDuplicateTitle",schemaPath:"#/properties/preventDuplicateTitle/type",keyword:"type",params:{type:"boolean"},message:"must be boolean",schema:l.properties.preventDuplicateTitle.type,parentSchema:l.properties.preventDuplicateTitle,data:n};e===null?e=[i]:e.push(i),o++}}if(t.indexing!==void 0&&(P(t.indexing,{instancePath:r+"/indexing",parentData:t,parentDataProperty:"indexing",rootData:p})||(e=e===null?P.errors:e.concat(P.errors),o=e.length)),t.supportedContainerTypes!==void 0){let n=t.supportedContainerTypes;if(Array.isArray(n)){let i=n.length;for(let a=0;a<i;a++){let s=n[a];if(typeof s=="string"){if(k(s)>100){let c={instancePath:r+"/supportedContainerTypes/"+a,schemaPath:"#/properties/supportedContainerTypes/items/maxLength",keyword:"maxLength",params:{limit:100},message:"must NOT have more than 100 characters",schema:100,parentSchema:l.properties.supportedContainerTypes.items,data:s};e===null?e=[c]:e.push(c),o++}}else{let c={instancePath:r+"/supportedContainerTypes/"+a,schemaPath:"#/properties/supportedContainerTypes/items/type",keyword:"type",params:{type:"string"},message:"must be string",schema:l.properties.supportedContainerTypes.items.type,parentSchema:l.properties.supportedContainerTypes.items,data:s};e===null?e=[c]:e.push(c),o++}}}else{let i={instancePath:r+"/supportedContainerTypes",schemaPath:"#/properties/supportedContainerTypes/type",keyword:"type",params:{type:"array"},message:"must be array",schema:l.properties.supportedContainerTypes.type,parentSchema:l.properties.supportedContainerTypes,data:n};e===null?e=[i]:e.push(i),o++}}}else{let n={instancePath:r,schemaPath:"#/type",keyword:"type",params:{type:"object"},message:"must be object",schema:l.type,parentSchema:l,data:t};e===null?e=[n]:e.push(n),o++}return S.errors=e,o===0}var L={type:"string",title:"ModuleKeySchema",description:"A key for the module. Must be unique within the manifest.",pattern:"^[a-zA-Z0-9_-]+$"},U=new RegExp("^[a-zA-Z0-9_-]+$","u");function A(t,{instancePath:r="",parentData:y,parentDataProperty:h,rootData:p=t}={}){let e=null,o=0;if(typeof t=="string"){if(!U.test(t)){let n={instancePath:r,schemaPath:"#/pattern",keyword:"pattern",params:{pattern:"^[a-zA-Z0-9_-]+$"},message:'must match pattern "^[a-zA-Z0-9_-]+$"',schema:"^[a-zA-Z0-9_-]+$",parentSchema:L,data:t};e===null?e=[n]:e.push(n),o++}}else{let n={instancePath:r,schemaPath:"#/type",keyword:"type",params:{type:"string"},message:"must be string",schema:L.type,parentSchema:L,data:t};e===null?e=[n]:e.push(n),o++}return A.errors=e,o===0}function q(t,{instancePath:r="",parentData:y,parentDataProperty:h,rootData:p=t}={}){let e=null,o=0;if(Array.isArray(t)){if(t.length<1){let a={instancePath:r,schemaPath:"#/minItems",keyword:"minItems",params:{limit:1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:f,data:t};e===null?e=[a]:e.push(a),o++}let i=t.length;for(let a=0;a<i;a++){let s=t[a],c=o,T=o;if(s&&typeof s=="object"&&!Array.isArray(s)){let d;if(s.unlicensedAccess===void 0&&(d="unlicensedAccess")){let j={};e===null?e=[j]:e.push(j),o++}}var n=T===o;if(n){let d={instancePath:r+"/"+a,schemaPath:"#/items/not",keyword:"not",params:{},message:"must NOT be valid",schema:f.items.not,parentSchema:f.items,data:s};e===null?e=[d]:e.push(d),o++}else o=c,e!==null&&(c?e.length=c:e=null);if(s&&typeof s=="object"&&!Array.isArray(s)){if(s.uiSupport===void 0){let d={instancePath:r+"/"+a,schemaPath:"#/items/required",keyword:"required",params:{missingProperty:"uiSupport"},message:"must have required property 'uiSupport'",schema:f.items.required,parentSchema:f.items,data:s};e===null?e=[d]:e.push(d),o++}if(s.name===void 0){let d={instancePath:r+"/"+a,schemaPath:"#/items/required",keyword:"required",params:{missingProperty:"name"},message:"must have required property 'name'",schema:f.items.required,parentSchema:f.items,data:s};e===null?e=[d]:e.push(d),o++}if(s.apiSupport===void 0){let d={instancePath:r+"/"+a,schemaPath:"#/items/required",keyword:"required",params:{missingProperty:"apiSupport"},message:"must have required property 'apiSupport'",schema:f.items.required,parentSchema:f.items,data:s};e===null?e=[d]:e.push(d),o++}if(s.key===void 0){let d={instancePath:r+"/"+a,schemaPath:"#/items/required",keyword:"required",params:{missingProperty:"key"},message:"must have required property 'key'",schema:f.items.required,parentSchema:f.items,data:s};e===null?e=[d]:e.push(d),o++}s.uiSupport!==void 0&&(D(s.uiSupport,{instancePath:r+"/"+a+"/uiSupport",parentData:s,parentDataProperty:"uiSupport",rootData:p})||(e=e===null?D.errors:e.concat(D.errors),o=e.length)),s.name!==void 0&&(m(s.name,{instancePath:r+"/"+a+"/name",parentData:s,parentDataProperty:"name",rootData:p})||(e=e===null?m.errors:e.concat(m.errors),o=e.length)),s.description!==void 0&&(m(s.description,{instancePath:r+"/"+a+"/description",parentData:s,parentDataProperty:"description",rootData:p})||(e=e===null?m.errors:e.concat(m.errors),o=e.length)),s.apiSupport!==void 0&&(S(s.apiSupport,{instancePath:r+"/"+a+"/apiSupport",parentData:s,parentDataProperty:"apiSupport",rootData:p})||(e=e===null?S.errors:e.concat(S.errors),o=e.length)),s.key!==void 0&&(A(s.key,{instancePath:r+"/"+a+"/key",parentData:s,parentDataProperty:"key",rootData:p})||(e=e===null?A.errors:e.concat(A.errors),o=e.length))}}}else{let i={instancePath:r,schemaPath:"#/type",keyword:"type",params:{type:"array"},message:"must be array",schema:f.type,parentSchema:f,data:t};e===null?e=[i]:e.push(i),o++}return q.errors=e,o===0}function R(t,{instancePath:r="",parentData:y,parentDataProperty:h,rootData:p=t}={}){let e=null,o=0;return q(t,{instancePath:r,parentData:y,parentDataProperty:h,rootData:p})||(e=e===null?q.errors:e.concat(q.errors),o=e.length),R.errors=e,o===0}

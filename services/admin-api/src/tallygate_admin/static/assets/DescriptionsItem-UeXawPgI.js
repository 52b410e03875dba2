import{N as e,l as t,p as n,u as r,v as i,xt as a}from"./runtime-core.esm-bundler-DolcaMW8.js";import{F as o,Ft as s,It as c,K as l,M as u,Mt as d,N as f,Nt as p,Ot as m,Pt as h,R as g,V as _,j as v,jt as y,kt as b}from"./Button-DA5Pq1uX.js";import{E as x}from"./api-D6YFq2Gd.js";import{r as S}from"./DataState-2t0D1CYd.js";import{i as C,r as w}from"./Tag-CruEt6f2.js";var T={thPaddingBorderedSmall:`8px 12px`,thPaddingBorderedMedium:`12px 16px`,thPaddingBorderedLarge:`16px 24px`,thPaddingSmall:`0`,thPaddingMedium:`0`,thPaddingLarge:`0`,tdPaddingBorderedSmall:`8px 12px`,tdPaddingBorderedMedium:`12px 16px`,tdPaddingBorderedLarge:`16px 24px`,tdPaddingSmall:`0 0 8px 0`,tdPaddingMedium:`0 0 12px 0`,tdPaddingLarge:`0 0 16px 0`};function E(e){let{tableHeaderColor:t,textColor2:n,textColor1:r,cardColor:i,modalColor:a,popoverColor:s,dividerColor:c,borderRadius:l,fontWeightStrong:u,lineHeight:d,fontSizeSmall:f,fontSizeMedium:p,fontSizeLarge:m}=e;return{...T,lineHeight:d,fontSizeSmall:f,fontSizeMedium:p,fontSizeLarge:m,titleTextColor:r,thColor:o(i,t),thColorModal:o(a,t),thColorPopover:o(s,t),thTextColor:r,thFontWeight:u,tdTextColor:n,tdColor:i,tdColorModal:a,tdColorPopover:s,borderColor:o(i,c),borderColorModal:o(a,c),borderColorPopover:o(s,c),borderRadius:l}}var D={name:`Descriptions`,common:f,self:E};function O(e,t=`default`,n=[]){let{children:r}=e;if(typeof r==`object`&&r&&!Array.isArray(r)){let e=r[t];if(typeof e==`function`)return e()}return n}var k=m([b(`descriptions`,{fontSize:`var(--n-font-size)`},[b(`descriptions-separator`,`
 display: inline-block;
 margin: 0 8px 0 2px;
 `),b(`descriptions-table-wrapper`,[b(`descriptions-table`,[b(`descriptions-table-row`,[b(`descriptions-table-header`,{padding:`var(--n-th-padding)`}),b(`descriptions-table-content`,{padding:`var(--n-td-padding)`})])])]),p(`bordered`,[b(`descriptions-table-wrapper`,[b(`descriptions-table`,[b(`descriptions-table-row`,[m(`&:last-child`,[b(`descriptions-table-content`,{paddingBottom:0})])])])])]),d(`left-label-placement`,[b(`descriptions-table-content`,[m(`> *`,{verticalAlign:`top`})])]),d(`left-label-align`,[m(`th`,{textAlign:`left`})]),d(`center-label-align`,[m(`th`,{textAlign:`center`})]),d(`right-label-align`,[m(`th`,{textAlign:`right`})]),d(`bordered`,[b(`descriptions-table-wrapper`,`
 border-radius: var(--n-border-radius);
 overflow: hidden;
 background: var(--n-merged-td-color);
 border: 1px solid var(--n-merged-border-color);
 `,[b(`descriptions-table`,[b(`descriptions-table-row`,[m(`&:not(:last-child)`,[b(`descriptions-table-content`,{borderBottom:`1px solid var(--n-merged-border-color)`}),b(`descriptions-table-header`,{borderBottom:`1px solid var(--n-merged-border-color)`})]),b(`descriptions-table-header`,`
 font-weight: 400;
 background-clip: padding-box;
 background-color: var(--n-merged-th-color);
 `,[m(`&:not(:last-child)`,{borderRight:`1px solid var(--n-merged-border-color)`})]),b(`descriptions-table-content`,[m(`&:not(:last-child)`,{borderRight:`1px solid var(--n-merged-border-color)`})])])])])]),b(`descriptions-header`,`
 font-weight: var(--n-th-font-weight);
 font-size: 18px;
 transition: color .3s var(--n-bezier);
 line-height: var(--n-line-height);
 margin-bottom: 16px;
 color: var(--n-title-text-color);
 `),b(`descriptions-table-wrapper`,`
 transition:
 background-color .3s var(--n-bezier),
 border-color .3s var(--n-bezier);
 `,[b(`descriptions-table`,`
 width: 100%;
 border-collapse: separate;
 border-spacing: 0;
 box-sizing: border-box;
 `,[b(`descriptions-table-row`,`
 box-sizing: border-box;
 transition: border-color .3s var(--n-bezier);
 `,[b(`descriptions-table-header`,`
 font-weight: var(--n-th-font-weight);
 line-height: var(--n-line-height);
 display: table-cell;
 box-sizing: border-box;
 color: var(--n-th-text-color);
 transition:
 color .3s var(--n-bezier),
 background-color .3s var(--n-bezier),
 border-color .3s var(--n-bezier);
 `),b(`descriptions-table-content`,`
 vertical-align: top;
 line-height: var(--n-line-height);
 display: table-cell;
 box-sizing: border-box;
 color: var(--n-td-text-color);
 transition:
 color .3s var(--n-bezier),
 background-color .3s var(--n-bezier),
 border-color .3s var(--n-bezier);
 `,[y(`content`,`
 transition: color .3s var(--n-bezier);
 display: inline-block;
 color: var(--n-td-text-color);
 `)]),y(`label`,`
 font-weight: var(--n-th-font-weight);
 transition: color .3s var(--n-bezier);
 display: inline-block;
 margin-right: 14px;
 color: var(--n-th-text-color);
 `)])])])]),b(`descriptions-table-wrapper`,`
 --n-merged-th-color: var(--n-th-color);
 --n-merged-td-color: var(--n-td-color);
 --n-merged-border-color: var(--n-border-color);
 `),s(b(`descriptions-table-wrapper`,`
 --n-merged-th-color: var(--n-th-color-modal);
 --n-merged-td-color: var(--n-td-color-modal);
 --n-merged-border-color: var(--n-border-color-modal);
 `)),c(b(`descriptions-table-wrapper`,`
 --n-merged-th-color: var(--n-th-color-popover);
 --n-merged-td-color: var(--n-td-color-popover);
 --n-merged-border-color: var(--n-border-color-popover);
 `))]),A=`DESCRIPTION_ITEM_FLAG`;function j(e){return typeof e==`object`&&e&&!Array.isArray(e)?e.type&&e.type.DESCRIPTION_ITEM_FLAG:!1}var M=[`colspan`],N=[`colspan`],P=[`colspan`],F=[`colspan`],I={...v.props,title:String,column:{type:Number,default:3},columns:Number,labelPlacement:{type:String,default:`top`},labelAlign:{type:String,default:`left`},separator:{type:String,default:`:`},size:String,bordered:Boolean,labelClass:String,labelStyle:[Object,String],contentClass:String,contentStyle:[Object,String]},L=i({name:`Descriptions`,props:I,slots:Object,setup(e){let{mergedClsPrefixRef:n,inlineThemeDisabled:r,mergedComponentPropsRef:i}=l(e),a=t(()=>e.size||i?.value?.Descriptions?.size||`medium`),o=v(`Descriptions`,`-descriptions`,k,D,e,n),s=t(()=>{let{bordered:t}=e,n=a.value,{common:{cubicBezierEaseInOut:r},self:{titleTextColor:i,thColor:s,thColorModal:c,thColorPopover:l,thTextColor:u,thFontWeight:d,tdTextColor:f,tdColor:p,tdColorModal:m,tdColorPopover:g,borderColor:_,borderColorModal:v,borderColorPopover:y,borderRadius:b,lineHeight:x,[h(`fontSize`,n)]:S,[h(t?`thPaddingBordered`:`thPadding`,n)]:C,[h(t?`tdPaddingBordered`:`tdPadding`,n)]:w}}=o.value;return{"--n-title-text-color":i,"--n-th-padding":C,"--n-td-padding":w,"--n-font-size":S,"--n-bezier":r,"--n-th-font-weight":d,"--n-line-height":x,"--n-th-text-color":u,"--n-td-text-color":f,"--n-th-color":s,"--n-th-color-modal":c,"--n-th-color-popover":l,"--n-td-color":p,"--n-td-color-modal":m,"--n-td-color-popover":g,"--n-border-radius":b,"--n-border-color":_,"--n-border-color-modal":v,"--n-border-color-popover":y}}),c=r?u(`descriptions`,t(()=>{let t=``,{bordered:n}=e;return n&&(t+=`a`),t+=a.value[0],t}),s,e):void 0;return{mergedClsPrefix:n,cssVars:r?void 0:s,themeClass:c?.themeClass,onRender:c?.onRender,compitableColumn:C(e,[`columns`,`column`]),inlineThemeDisabled:r,mergedSize:a}},render(){let t=this.$slots.default,i=t?w(t()):[];i.length;let{contentClass:o,labelClass:s,compitableColumn:c,labelPlacement:l,labelAlign:u,mergedSize:d,bordered:f,title:p,cssVars:m,mergedClsPrefix:h,separator:v,onRender:y}=this;y?.();let b=i.filter(e=>j(e)),C=b.reduce((t,i,u)=>{let d=i.props||{},p=b.length-1===u,m=[`label`in d?d.label:O(i,`label`)],y=[O(i)],x=d.span||1,S=t.span;t.span+=x;let C=d.labelStyle||d[`label-style`]||this.labelStyle,w=d.contentStyle||d[`content-style`]||this.contentStyle;if(l===`left`)f?t.row.push((e(),n(`th`,{key:1,class:g([`${h}-descriptions-table-header`,s]),colspan:1,style:a(C)},[_(()=>m)],6)),(e(),n(`td`,{key:2,class:g([`${h}-descriptions-table-content`,o]),colspan:p?(c-S)*2+1:x*2-1,style:a(w)},[_(()=>y)],14,M))):t.row.push((e(),n(`td`,{key:3,class:g(`${h}-descriptions-table-content`),colspan:p?(c-S)*2:x*2},[r(`span`,{class:g([`${h}-descriptions-table-content__label`,s]),style:a(C)},[_(()=>[...m,v&&(e(),n(`span`,{key:4,class:g(`${h}-descriptions-separator`)},[_(()=>v)],2))])],6),r(`span`,{class:g([`${h}-descriptions-table-content__content`,o]),style:a(w)},[_(()=>y)],6)],10,N)));else{let r=p?(c-S)*2:x*2;t.row.push((e(),n(`th`,{key:5,class:g([`${h}-descriptions-table-header`,s]),colspan:r,style:a(C)},[_(()=>m)],14,P))),t.secondRow.push((e(),n(`td`,{key:6,class:g([`${h}-descriptions-table-content`,o]),colspan:r,style:a(w)},[_(()=>y)],14,F)))}return(t.span>=c||p)&&(t.span=0,t.row.length&&(t.rows.push(t.row),t.row=[]),l!==`left`&&t.secondRow.length&&(t.rows.push(t.secondRow),t.secondRow=[])),t},{span:0,row:[],secondRow:[],rows:[]}).rows.map(t=>(e(),n(`tr`,{class:g(`${h}-descriptions-table-row`)},[_(()=>t)],2)));return e(),n(`div`,{style:a(m),class:g([`${h}-descriptions`,this.themeClass,`${h}-descriptions--${l}-label-placement`,`${h}-descriptions--${u}-label-align`,`${h}-descriptions--${d}-size`,f&&`${h}-descriptions--bordered`])},[p||this.$slots.header?(e(),n(`div`,{key:0,class:g(`${h}-descriptions-header`)},[_(()=>p||S(this,`header`))],2)):_(()=>null),r(`div`,{class:g(`${h}-descriptions-table-wrapper`)},[r(`table`,{class:g(`${h}-descriptions-table`)},[r(`tbody`,null,[_(()=>l===`top`&&(e(),n(`tr`,{class:g(`${h}-descriptions-table-row`),style:{visibility:`collapse`}},[_(()=>x(c*2,(e(),n(`td`))))],2))),_(()=>C)])],2)],2)],6)}}),R={label:String,span:{type:Number,default:1},labelClass:String,labelStyle:[Object,String],contentClass:String,contentStyle:[Object,String]},z=i({name:`DescriptionsItem`,[A]:!0,props:R,slots:Object,render(){return null}});export{L as n,z as t};
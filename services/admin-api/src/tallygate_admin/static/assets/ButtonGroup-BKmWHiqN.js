import{At as e,H as t,Mt as n,Nt as r,Pt as i,U as a,b as o,kt as s,q as c,r as l,z as u}from"./Button-b-t6E8qV.js";import{N as d,P as f,p,v as m}from"./runtime-core.esm-bundler-DolcaMW8.js";var h=`0!important`,g=`-1px!important`;function _(t){return r(`${t}-type`,[s(`& +`,[e(`button`,{},[r(`${t}-type`,[n(`border`,{borderLeftWidth:h}),n(`state-border`,{left:g})])])])])}function v(t){return r(`${t}-type`,[s(`& +`,[e(`button`,[r(`${t}-type`,[n(`border`,{borderTopWidth:h}),n(`state-border`,{top:g})])])])])}var y=e(`button-group`,`
 flex-wrap: nowrap;
 display: inline-flex;
 position: relative;
`,[i(`vertical`,{flexDirection:`row`},[i(`rtl`,[e(`button`,[s(`&:first-child:not(:last-child)`,`
 margin-right: ${h};
 border-top-right-radius: ${h};
 border-bottom-right-radius: ${h};
 `),s(`&:last-child:not(:first-child)`,`
 margin-left: ${h};
 border-top-left-radius: ${h};
 border-bottom-left-radius: ${h};
 `),s(`&:not(:first-child):not(:last-child)`,`
 margin-left: ${h};
 margin-right: ${h};
 border-radius: ${h};
 `),_(`default`),r(`ghost`,[_(`primary`),_(`info`),_(`success`),_(`warning`),_(`error`)])])])]),r(`vertical`,{flexDirection:`column`},[e(`button`,[s(`&:first-child:not(:last-child)`,`
 margin-bottom: ${h};
 margin-left: ${h};
 margin-right: ${h};
 border-bottom-left-radius: ${h};
 border-bottom-right-radius: ${h};
 `),s(`&:last-child:not(:first-child)`,`
 margin-top: ${h};
 margin-left: ${h};
 margin-right: ${h};
 border-top-left-radius: ${h};
 border-top-right-radius: ${h};
 `),s(`&:not(:first-child):not(:last-child)`,`
 margin: ${h};
 border-radius: ${h};
 `),v(`default`),r(`ghost`,[v(`primary`),v(`info`),v(`success`),v(`warning`),v(`error`)])])])]),b=m({name:`ButtonGroup`,props:{size:String,vertical:Boolean},setup(e){let{mergedClsPrefixRef:t,mergedRtlRef:n}=c(e);return a(`-button-group`,y,t),f(l,e),{rtlEnabled:o(`ButtonGroup`,n,t),mergedClsPrefix:t}},render(){let{mergedClsPrefix:e}=this;return d(),p(`div`,{class:u([`${e}-button-group`,this.rtlEnabled&&`${e}-button-group--rtl`,this.vertical&&`${e}-button-group--vertical`]),role:`group`},[t(()=>this.$slots.default?.())],2)}});export{b as t};
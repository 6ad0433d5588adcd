using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using SymbolKind = Py2Cs.Lowering.Semantics.SymbolKind;
using DiagnosticSeverity = Py2Cs.Syntax.Diagnostics.DiagnosticSeverity;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Py2Cs.Lowering.Semantics;
using Py2Cs.Syntax;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;
using static Py2Cs.Lowering.CSharpFactory;

namespace Py2Cs.Lowering
{
    /// <summary>Lowers Python expressions to C# expressions of type PyObject (or bool for conditions).</summary>
    internal sealed class ExpressionLowering : PythonSyntaxVisitor<ExpressionSyntax>
    {
        private readonly ModuleContext _m;
        private readonly MethodBody _b;
        private readonly BodyLowering _owner;

        public ExpressionLowering(ModuleContext module, MethodBody body, BodyLowering owner)
        {
            _m = module;
            _b = body;
            _owner = owner;
        }

        public ExpressionSyntax Lower(Expr e) => Visit(e);

        protected override ExpressionSyntax DefaultVisit(Node node)
        {
            _m.Error(node, "py2cs cannot translate this expression yet (" + node.GetType().Name + ")");
            return Dotted("PyNone.None");
        }

        /// <summary>A condition as a C# bool, with fast paths for comparisons and not.</summary>
        public ExpressionSyntax Condition(Expr e)
        {
            if (e is UnaryOp u && u.Op == UnaryOperator.Not)
                return Not(Condition(u.Operand));
            if (e is Compare c && c.Ops.Count == 1)
                return CompareBool(c.Ops[0], Lower(c.Left), Lower(c.Comparators[0]));
            if (e is BoolOp b)
            {
                var kind = b.Op == BoolOperator.And ? SyntaxKind.LogicalAndExpression : SyntaxKind.LogicalOrExpression;
                ExpressionSyntax result = Condition(b.Values[0]);
                for (int i = 1; i < b.Values.Count; i++)
                    result = BinaryExpression(kind, result, Condition(b.Values[i]));
                return Paren(result);
            }
            if (e is Name n && (n.Id == "True" || n.Id == "False") && IsBuiltinConstant(n.Id))
                return n.Id == "True" ? CSharpFactory.True : CSharpFactory.False;
            return Call("Ops.IsTrue", Lower(e));
        }

        // ---- literals ----

        public override ExpressionSyntax VisitNumLiteral(NumLiteral node)
        {
            switch (node.Kind)
            {
                case NumKind.Int: return _m.Int(node.IntValue);
                case NumKind.Long: return _m.Long(node.LongValue);
                case NumKind.Float: return _m.Float(node.FloatValue);
                default: return _m.Imaginary(node.FloatValue);
            }
        }

        public override ExpressionSyntax VisitStrLiteral(StrLiteral node)
            => node.IsUnicode ? _m.Unicode(node.Value) : _m.Str(node.Value);

        public override ExpressionSyntax VisitEllipsis(Syntax.Ellipsis node) => Dotted("PyEllipsis.Value");

        // ---- names ----

        private bool IsBuiltinConstant(string name)
        {
            // None/True/False are names in Python 2; treat them as constants unless the program binds them.
            for (var s = _b.Scope; s != null; s = s.Parent)
            {
                var sym = s.Lookup(name);
                if (sym != null && (sym.IsBound || sym.IsDeclaredGlobal)) return false;
            }
            return true;
        }

        public override ExpressionSyntax VisitName(Name node) => LoadName(node.Id);

        public ExpressionSyntax LoadName(string name)
        {
            if (name == "None") return Dotted("PyNone.None");
            if ((name == "True" || name == "False") && IsBuiltinConstant(name))
                return Dotted(name == "True" ? "PyBool.True" : "PyBool.False");
            var scope = _b.Scope;
            var sym = scope.Lookup(name);
            var kind = sym?.Kind ?? (scope.Kind == ScopeKind.Module || scope.Kind == ScopeKind.Class ? SymbolKind.Name : SymbolKind.GlobalImplicit);
            switch (kind)
            {
                case SymbolKind.Local:
                case SymbolKind.Cell:
                    if (sym.IsParameter && !sym.IsDeleted)
                        return Id(LocalName(name));
                    return BinaryExpression(SyntaxKind.CoalesceExpression, Id(LocalName(name)),
                        ThrowExpression(Call("Ops.LocalNotAssigned", StringLit(name))));
                case SymbolKind.Free:
                    return BinaryExpression(SyntaxKind.CoalesceExpression, Id(LocalName(name)),
                        ThrowExpression(Call("NameAccess.FreeNotAssigned", StringLit(name))));
                case SymbolKind.GlobalImplicit when scope.HasExec && scope.IsFunctionLike:
                    return Call("NameAccess.LoadUnoptimized", Id(DeclareExecLocals()), Id(RuntimeNames.Globals), _m.Name(name));
                case SymbolKind.GlobalExplicit:
                case SymbolKind.GlobalImplicit:
                    return Call("Builtins.LoadGlobal", Id(RuntimeNames.Globals), _m.Name(name));
                default:
                    if (scope.Kind == ScopeKind.Class)
                        return Call("NameAccess.LoadClassName", Id(_b.ClassNamespace), Id(RuntimeNames.Globals), _m.Name(name));
                    return Call("Builtins.LoadName", Id(RuntimeNames.Globals), _m.Name(name));
            }
        }

        /// <summary>The dict a bare exec in this function runs in (declared once, null until the first exec).</summary>
        public string DeclareExecLocals()
        {
            const string name = "__exec_locals";
            _b.AddDeclaration(name, DeclareLocal(IdentifierName("PyDict"), name, Null));
            return name;
        }

        /// <summary>The C# local that holds a function-scope Python variable.</summary>
        public static string LocalName(string pythonName) => IdentifierNames.Escape(pythonName);

        // ---- operators ----

        public override ExpressionSyntax VisitBinOp(BinOp node)
            => Call("Ops." + RuntimeNames.BinaryOperator(node.Op, _m.TrueDivision), Lower(node.Left), Lower(node.Right));

        public override ExpressionSyntax VisitUnaryOp(UnaryOp node)
        {
            switch (node.Op)
            {
                case UnaryOperator.Not: return Call("PyBool.From", Not(Condition(node.Operand)));
                case UnaryOperator.USub: return Call("Ops.Negative", Lower(node.Operand));
                case UnaryOperator.UAdd: return Call("Ops.Positive", Lower(node.Operand));
                default: return Call("Ops.Invert", Lower(node.Operand));
            }
        }

        public override ExpressionSyntax VisitBoolOp(BoolOp node)
        {
            // a and b: evaluate a once; if false it is the result, else b.
            ExpressionSyntax result = Lower(node.Values[node.Values.Count - 1]);
            for (int i = node.Values.Count - 2; i >= 0; i--)
            {
                string t = Temp();
                var test = Call("Ops.IsTrue", Paren(Assign(Id(t), Lower(node.Values[i]))));
                result = node.Op == BoolOperator.And
                    ? Conditional(test, result, Id(t))
                    : Conditional(test, Id(t), result);
            }
            return result;
        }

        public override ExpressionSyntax VisitIfExp(IfExp node)
            => Conditional(Condition(node.Test), Lower(node.Body), Lower(node.Orelse));

        public override ExpressionSyntax VisitCompare(Compare node)
        {
            if (node.Ops.Count == 1)
                return CompareObject(node.Ops[0], Lower(node.Left), Lower(node.Comparators[0]));
            // a < b < c: each middle operand evaluated once; stop at the first false result.
            ExpressionSyntax left = Lower(node.Left);
            var temps = new List<string>();
            var parts = new List<(ExpressionSyntax test, string resultTemp)>();
            ExpressionSyntax result = null;
            // Build from the right: cmp_i = op_i(left_i, right_i) with right_i stored in a temp when reused.
            var operands = new List<ExpressionSyntax> { left };
            for (int i = 0; i < node.Comparators.Count; i++)
                operands.Add(Lower(node.Comparators[i]));
            // middle operands go through temps: t = right; next comparison reads t.
            var rights = new ExpressionSyntax[node.Comparators.Count];
            var lefts = new ExpressionSyntax[node.Comparators.Count];
            lefts[0] = operands[0];
            for (int i = 0; i < node.Comparators.Count; i++)
            {
                if (i < node.Comparators.Count - 1)
                {
                    string t = Temp();
                    rights[i] = Paren(Assign(Id(t), operands[i + 1]));
                    lefts[i + 1] = Id(t);
                }
                else
                    rights[i] = operands[i + 1];
            }
            for (int i = node.Comparators.Count - 1; i >= 0; i--)
            {
                var cmp = CompareObject(node.Ops[i], lefts[i], rights[i]);
                if (result == null)
                    result = cmp;
                else
                {
                    string r = Temp();
                    result = Conditional(Call("Ops.IsTrue", Paren(Assign(Id(r), cmp))), result, Id(r));
                }
            }
            return result;
        }

        private ExpressionSyntax CompareObject(CompareOperator op, ExpressionSyntax a, ExpressionSyntax b)
        {
            switch (op)
            {
                case CompareOperator.Is:
                case CompareOperator.IsNot:
                case CompareOperator.In:
                case CompareOperator.NotIn:
                    return Call("PyBool.From", CompareBool(op, a, b));
                default:
                    return Call("Ops.RichCompare", a, b, Dotted("CompareOperator." + RuntimeNames.CompareOperator(op)));
            }
        }

        private ExpressionSyntax CompareBool(CompareOperator op, ExpressionSyntax a, ExpressionSyntax b)
        {
            switch (op)
            {
                case CompareOperator.Is: return Call("Ops.Is", a, b);
                case CompareOperator.IsNot: return Not(Call("Ops.Is", a, b));
                case CompareOperator.In: return Call("Ops.Contains", b, a);
                case CompareOperator.NotIn: return Not(Call("Ops.Contains", b, a));
                default: return Call("Ops." + RuntimeNames.CompareBool(op), a, b);
            }
        }

        public override ExpressionSyntax VisitRepr(Repr node) => Call("Ops.Repr", Lower(node.Value));

        // ---- displays ----

        public override ExpressionSyntax VisitTupleExpr(TupleExpr node)
        {
            if (node.Elts.Count == 0) return Dotted("PyTuple.Empty");
            return Call("PyTuple.Create", node.Elts.Select(Lower));
        }

        public override ExpressionSyntax VisitList(Syntax.List node)
        {
            if (node.Elts.Count == 0) return New("PyList");
            return Call("PyList.FromArray", NewArray(PyObjectType, node.Elts.Select(Lower)));
        }

        public override ExpressionSyntax VisitDict(Dict node)
        {
            if (node.Keys.Count == 0) return New("PyDict");
            // Python 2.7 evaluates each value before its key.
            var items = new List<ExpressionSyntax>();
            for (int i = 0; i < node.Keys.Count; i++)
            {
                items.Add(Lower(node.Values[i]));
                items.Add(Lower(node.Keys[i]));
            }
            return Call("Displays.Dict", NewArray(PyObjectType, items));
        }

        public override ExpressionSyntax VisitSet(Set node)
            => Call("PySet.FromDisplay", NewArray(PyObjectType, node.Elts.Select(Lower)));

        // ---- attributes, subscripts, slices ----

        public override ExpressionSyntax VisitAttributeExpr(AttributeExpr node)
        {
            if (!IsStaticReceiver(node.Value))
                _m.DynamicDispatch(node, "attribute '" + node.Attr + "' of an object of unknown type is looked up at run time");
            return Call("Ops.GetAttr", Lower(node.Value), _m.Name(node.Attr));
        }

        /// <summary>True when <paramref name="e"/> names, from this scope, a module imported at the top
        /// level or a class defined there (<see cref="ModuleContext.StaticReceivers"/>). Only used to
        /// decide which sites are reported as dynamic dispatch.</summary>
        public bool IsStaticReceiver(Expr e)
        {
            var parts = new List<string>();
            for (; e is AttributeExpr a; e = a.Value) parts.Insert(0, a.Attr);
            if (!(e is Name n)) return false;
            parts.Insert(0, n.Id);
            if (!_m.StaticReceivers.Contains(string.Join(".", parts))) return false;
            var sym = _b.Scope.Lookup(n.Id);
            if (_b.Scope.Kind == ScopeKind.Module || sym == null) return true;
            return sym.Kind == SymbolKind.GlobalImplicit || sym.Kind == SymbolKind.Name && !sym.IsBound;
        }

        /// <summary>Records the dynamic-dispatch sites of a call (docs/lowering.md); the call's C# is unchanged.</summary>
        private void RecordDynamicCall(Syntax.Call node, bool methodFastPath)
        {
            if (node.Starargs != null || node.Kwargs != null)
                _m.DynamicDispatch(node, "call with *args or **kwargs binds its arguments at run time");
            switch (node.Func)
            {
                case AttributeExpr attr when methodFastPath:
                    if (!IsStaticReceiver(attr.Value))
                        _m.DynamicDispatch(node, "method '" + attr.Attr + "' of an object of unknown type is looked up at run time");
                    break;
                case AttributeExpr _:
                    break;   // VisitAttributeExpr records the look-up
                case Name n:
                    var sym = _b.Scope.Lookup(n.Id);
                    if (sym != null && (sym.IsFunctionLocal || sym.Kind == SymbolKind.Free))
                        _m.DynamicDispatch(node, "call of local variable '" + n.Id + "': the callee is a run-time value");
                    else if (ComputedNameBuiltins.Contains(n.Id) && MayBeBuiltin(n.Id) && node.Args.Count >= 2 && !(node.Args[1] is StrLiteral))
                        _m.DynamicDispatch(node, n.Id + "() with a computed attribute name");
                    else if (InterpretingBuiltins.Contains(n.Id) && MayBeBuiltin(n.Id))
                        _m.DynamicDispatch(node, n.Id + "() runs code interpreted at run time");
                    break;
                default:
                    _m.DynamicDispatch(node, "call of a computed value: the callee is known only at run time");
                    break;
            }
        }

        private static readonly HashSet<string> ComputedNameBuiltins = new HashSet<string> { "getattr", "setattr", "hasattr", "delattr" };
        private static readonly HashSet<string> InterpretingBuiltins = new HashSet<string> { "eval", "execfile", "input" };

        public override ExpressionSyntax VisitSubscript(Subscript node)
        {
            var target = Lower(node.Value);
            if (node.Slice is Slice s && s.Step == null)
                return Call("Ops.GetSlice", target, Optional(s.Lower), Optional(s.Upper));
            return Call("Ops.GetItem", target, LowerSlice(node.Slice));
        }

        /// <summary>A missing slice bound is a C# null (the runtime then uses 0 / sys.maxint).</summary>
        public ExpressionSyntax Optional(Expr e) => e == null ? (ExpressionSyntax)CastExpression(PyObjectType, Null) : Lower(e);

        public ExpressionSyntax LowerSlice(SliceBase slice)
        {
            switch (slice)
            {
                case Index i: return Lower(i.Value);
                case Slice s:
                    return New("PySlice", NoneIfMissing(s.Lower), NoneIfMissing(s.Upper), NoneIfMissing(s.Step));
                case Syntax.Ellipsis _: return Dotted("PyEllipsis.Value");
                case ExtSlice ext:
                    return Call("PyTuple.Create", ext.Dims.Select(LowerSlice));
                default:
                    return DefaultVisit(slice);
            }
        }

        private ExpressionSyntax NoneIfMissing(Expr e) => e == null ? Dotted("PyNone.None") : Lower(e);

        // ---- calls ----

        public override ExpressionSyntax VisitCall(Syntax.Call node)
        {
            bool simple = node.Keywords.Count == 0 && node.Starargs == null && node.Kwargs == null;
            // obj.m(args): no bound method allocated.
            // super(C, self).m() must go through super's attribute look-up, not the method fast path.
            bool methodFastPath = simple && node.Func is AttributeExpr && !(((AttributeExpr)node.Func).Value is Syntax.Call sc0 && sc0.Func is Name sn0 && sn0.Id == "super");
            RecordDynamicCall(node, methodFastPath);
            if (methodFastPath && node.Func is AttributeExpr attr)
            {
                var args = new List<ExpressionSyntax> { Lower(attr.Value), _m.Name(attr.Attr) };
                if (node.Args.Count <= 2)
                    args.AddRange(node.Args.Select(Lower));
                else
                    args.Add(NewArray(PyObjectType, node.Args.Select(Lower)));
                // open(p, 'w').write(s): the file is dropped right after the call; CPython closes it then.
                return Call(IsTemporaryFile(attr.Value) ? "FileTemporary.CallMethod" : "Ops.CallMethod", args);
            }
            if (simple && node.Func is Name n && node.Args.Count == 0 && n.Id == "locals" && _b.Scope.IsFunctionLike && IsGlobalName(n.Id))
                return CallerLocals();
            if (node.Starargs == null && node.Kwargs == null && node.Func is Name scoped && ScopeBuiltinNames.Contains(scoped.Id) && MayBeBuiltin(scoped.Id))
            {
                // globals(), eval(s), vars()...: the runtime needs this block's globals and locals.
                var scopedArgs = node.Args.Select(Lower).ToList();
                var kwNames = new List<ExpressionSyntax>();
                foreach (var k in node.Keywords)
                {
                    scopedArgs.Add(Lower(k.Value));
                    kwNames.Add(_m.Name(k.Arg));
                }
                return Call("DynamicCode.CallWithScope", Lower(node.Func), NewArray(PyObjectType, scopedArgs),
                    kwNames.Count == 0 ? (ExpressionSyntax)CastExpression(ArrayType(IdentifierName("PyStr"), SingletonList(ArrayRankSpecifier(SingletonSeparatedList<ExpressionSyntax>(OmittedArraySizeExpression())))), Null)
                        : NewArray(IdentifierName("PyStr"), kwNames),
                    Id(RuntimeNames.Globals), CallerLocals());
            }
            if (simple && node.Func is Name callee && _b.Scope.IsFunctionLike
                && _m.DirectCallsByName.TryGetValue(callee.Id, out var target) && target.Args.Args.Count == node.Args.Count
                && _b.Scope.Lookup(callee.Id)?.Kind == SymbolKind.GlobalImplicit)
            {
                // A module function never rebound: a direct C# call (no look-up, no argument binding).
                return Invoke(Member(Id(_m.ClassName), _m.DirectCallEntries[target]), node.Args.Select(Lower));
            }
            var func = Lower(node.Func);
            if (simple && node.Args.Count <= 3)
                return Invoke(Member(func, "Call"), node.Args.Select(Lower));
            var positional = node.Args.Select(Lower).ToList();
            var names = new List<ExpressionSyntax>();
            foreach (var k in node.Keywords)
            {
                positional.Add(Lower(k.Value));
                names.Add(_m.Name(k.Arg));
            }
            var argArray = NewArray(PyObjectType, positional);
            ExpressionSyntax nameArray = names.Count == 0 ? (ExpressionSyntax)CastExpression(ArrayType(IdentifierName("PyStr"), SingletonList(ArrayRankSpecifier(SingletonSeparatedList<ExpressionSyntax>(OmittedArraySizeExpression())))), Null)
                : NewArray(IdentifierName("PyStr"), names);
            if (node.Starargs == null && node.Kwargs == null)
                return Invoke(Member(func, "Call"), argArray, nameArray);
            return Call("Ops.CallEx", func, argArray, nameArray,
                node.Starargs == null ? (ExpressionSyntax)CastExpression(PyObjectType, Null) : Lower(node.Starargs),
                node.Kwargs == null ? (ExpressionSyntax)CastExpression(PyObjectType, Null) : Lower(node.Kwargs));
        }

        /// <summary>
        /// An expression whose value nothing else can reference: a call of the builtin <c>open</c>/<c>file</c>
        /// (a name no scope of the program binds, no <c>import *</c> or <c>exec</c> may bind) or of
        /// <c>io.open</c>/<c>codecs.open</c>. The runtime closes it only if it is really a file object
        /// (<c>FileTemporary.Release</c>), so a rebinding the analysis cannot see is harmless.
        /// </summary>
        public bool IsTemporaryFile(Expr e)
        {
            if (!(e is Syntax.Call call)) return false;
            if (call.Func is Name n)
                return (n.Id == "open" || n.Id == "file") && IsUnboundAnywhere(n.Id);
            return call.Func is AttributeExpr a && a.Attr == "open" && a.Value is Name m && (m.Id == "io" || m.Id == "codecs");
        }

        private bool IsUnboundAnywhere(string name)
        {
            for (var s = _b.Scope; s != null; s = s.Parent)
            {
                if (s.HasImportStar || s.HasExec) return false;
                var sym = s.Lookup(name);
                if (sym != null && (sym.IsBound || sym.IsDeclaredGlobal)) return false;
            }
            return true;
        }

        /// <summary>A name no enclosing function binds: it may be the builtin (the runtime checks the object).</summary>
        private bool MayBeBuiltin(string name)
        {
            var sym = _b.Scope.Lookup(name);
            return sym == null || (!sym.IsFunctionLocal && sym.Kind != SymbolKind.Free);
        }

        private bool IsGlobalName(string name)
        {
            var sym = _b.Scope.Lookup(name);
            return sym == null || sym.Kind == SymbolKind.GlobalImplicit;
        }

        /// <summary>Builtins that read their caller's variables; called through <c>DynamicCode.CallWithScope</c>.</summary>
        private static readonly HashSet<string> ScopeBuiltinNames = new HashSet<string> { "globals", "locals", "vars", "dir", "eval", "execfile", "input" };

        /// <summary>The locals mapping exec/eval/locals() see here: the module dict, the class namespace,
        /// or in a function a fresh dict of its variables.</summary>
        public ExpressionSyntax CallerLocals()
        {
            if (_b.Scope.IsFunctionLike && _b.Scope.HasExec)
            {
                // one dict per call, as CPython's f_locals: names a bare exec created stay in it
                string d = DeclareExecLocals();
                return ParenthesizedExpression(Assign(Id(d), Call("NameAccess.ExecLocals", Id(d), LocalsDict())));
            }
            if (_b.Scope.IsFunctionLike) return LocalsDict();
            if (_b.Scope.Kind == ScopeKind.Class) return Id(_b.ClassNamespace);
            return Id(RuntimeNames.Globals);
        }

        /// <summary>locals() in a function: a fresh dict of the bound C# locals, in declaration order.</summary>
        private ExpressionSyntax LocalsDict()
        {
            var items = new List<ExpressionSyntax>();
            foreach (var sym in _b.Scope.Symbols)
                if (sym.IsFunctionLocal || sym.Kind == SymbolKind.Free)
                {
                    items.Add(_m.Name(sym.Name));
                    items.Add(Id(LocalName(sym.Name)));
                }
            return Call("NameAccess.Locals", NewArray(PyObjectType, items));
        }

        // ---- nested code ----

        public override ExpressionSyntax VisitLambda(Lambda node) => _owner.Functions.LowerLambda(node);

        public override ExpressionSyntax VisitListComp(ListComp node) => _owner.Comprehensions.LowerListComp(node);
        public override ExpressionSyntax VisitSetComp(SetComp node) => _owner.Comprehensions.LowerSetComp(node);
        public override ExpressionSyntax VisitDictComp(DictComp node) => _owner.Comprehensions.LowerDictComp(node);
        public override ExpressionSyntax VisitGeneratorExp(GeneratorExp node) => _owner.Comprehensions.LowerGeneratorExp(node);

        public override ExpressionSyntax VisitYield(Yield node)
        {
            if (_b.GeneratorVariable == null)
            {
                _m.Error(node, "'yield' outside function");
                return Dotted("PyNone.None");
            }
            return AwaitExpression(Invoke(Member(Id(_b.GeneratorVariable), "Yield"), node.Value == null ? Dotted("PyNone.None") : Lower(node.Value)));
        }

        // ---- temporaries ----

        /// <summary>A PyObject temporary declared at the top of the current method.</summary>
        public string Temp()
        {
            string name = _m.NewTemp();
            _b.DeclareLocal(name);
            return name;
        }
    }
}

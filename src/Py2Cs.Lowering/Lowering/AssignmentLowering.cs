using System.Collections.Generic;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Py2Cs.Lowering.Semantics;
using Py2Cs.Syntax;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;
using static Py2Cs.Lowering.CSharpFactory;

namespace Py2Cs.Lowering
{
    /// <summary>Stores into, deletes and augments assignment targets: names, attributes, subscripts,
    /// slices and (nested) tuple/list unpacking.</summary>
    internal sealed class AssignmentLowering
    {
        private readonly ModuleContext _m;
        private readonly MethodBody _b;
        private readonly BodyLowering _owner;

        public AssignmentLowering(ModuleContext module, MethodBody body, BodyLowering owner)
        {
            _m = module;
            _b = body;
            _owner = owner;
        }

        private ExpressionLowering X => _owner.Expressions;

        /// <summary>A dynamic-dispatch site (docs/lowering.md) for an attribute target; no effect on the C#.</summary>
        private void RecordDynamicAttribute(AttributeExpr a, string how)
        {
            if (!X.IsStaticReceiver(a.Value))
                _m.DynamicDispatch(a, "attribute '" + a.Attr + "' of an object of unknown type is " + how + " at run time");
        }

        /// <summary>Statements storing <paramref name="value"/> (already evaluated, or cheap and side-effect free) into the target.</summary>
        public void Store(Expr target, ExpressionSyntax value, List<StatementSyntax> output)
        {
            switch (target)
            {
                case Name n:
                    output.Add(StoreName(n.Id, value));
                    break;
                case AttributeExpr a:
                    RecordDynamicAttribute(a, "set");
                    output.Add(Stmt(Call("Ops.SetAttr", X.Lower(a.Value), _m.Name(a.Attr), value)));
                    break;
                case Subscript s:
                    if (s.Slice is Slice sl && sl.Step == null)
                        output.Add(Stmt(Call("Ops.SetSlice", X.Lower(s.Value), X.Optional(sl.Lower), X.Optional(sl.Upper), value)));
                    else
                        output.Add(Stmt(Call("Ops.SetItem", X.Lower(s.Value), X.LowerSlice(s.Slice), value)));
                    break;
                case TupleExpr t:
                    Unpack(t.Elts, value, output);
                    break;
                case Syntax.List l:
                    Unpack(l.Elts, value, output);
                    break;
                default:
                    _m.Error(target, "can't assign to " + target.GetType().Name);
                    break;
            }
        }

        /// <summary>True when storing into the target evaluates nothing, so the value needs no temporary.</summary>
        public static bool IsSimpleTarget(Expr target) => target is Name;

        private void Unpack(IReadOnlyList<Expr> elts, ExpressionSyntax value, List<StatementSyntax> output)
        {
            string items = _m.NewTemp("u");
            output.Add(DeclareVar(items, Call("Ops.UnpackSequence", value, IntLit(elts.Count))));
            for (int i = 0; i < elts.Count; i++)
                Store(elts[i], ElementAccessExpression(Id(items), BracketedArgumentList(SingletonSeparatedList(Argument(IntLit(i))))), output);
        }

        public StatementSyntax StoreName(string name, ExpressionSyntax value)
        {
            var scope = _b.Scope;
            var sym = scope.Lookup(name);
            if (scope.IsFunctionLike && sym != null && (sym.IsFunctionLocal || sym.Kind == SymbolKind.Free))
                return AssignStmt(Id(ExpressionLowering.LocalName(name)), value);
            if (scope.Kind == ScopeKind.Class && (sym == null || sym.Kind != SymbolKind.GlobalExplicit))
                return Stmt(Invoke(Member(Id(_b.ClassNamespace), "SetStr"), _m.Name(name), value));
            return Stmt(Invoke(Member(Id(RuntimeNames.Globals), "SetStr"), _m.Name(name), value));
        }

        public void Delete(Expr target, List<StatementSyntax> output)
        {
            switch (target)
            {
                case Name n:
                {
                    var scope = _b.Scope;
                    var sym = scope.Lookup(n.Id);
                    if (scope.IsFunctionLike && sym != null && sym.IsFunctionLocal)
                    {
                        var local = Id(ExpressionLowering.LocalName(n.Id));
                        output.Add(IfStatement(IsNull(local), Throw(Call("Ops.LocalNotAssigned", StringLit(n.Id)))));
                        output.Add(AssignStmt(local, Null));
                    }
                    else if (scope.Kind == ScopeKind.Class && (sym == null || sym.Kind != SymbolKind.GlobalExplicit))
                        output.Add(Stmt(Call("NameAccess.DeleteName", Id(_b.ClassNamespace), _m.Name(n.Id))));
                    else
                        output.Add(Stmt(Call(scope.Kind == ScopeKind.Module ? "NameAccess.DeleteName" : "NameAccess.DeleteGlobal", Id(RuntimeNames.Globals), _m.Name(n.Id))));
                    break;
                }
                case AttributeExpr a:
                    RecordDynamicAttribute(a, "deleted");
                    output.Add(Stmt(Call("Ops.DelAttr", X.Lower(a.Value), _m.Name(a.Attr))));
                    break;
                case Subscript s:
                    if (s.Slice is Slice sl && sl.Step == null)
                        output.Add(Stmt(Call("Ops.DelSlice", X.Lower(s.Value), X.Optional(sl.Lower), X.Optional(sl.Upper))));
                    else
                        output.Add(Stmt(Call("Ops.DelItem", X.Lower(s.Value), X.LowerSlice(s.Slice))));
                    break;
                case TupleExpr t:
                    foreach (var e in t.Elts) Delete(e, output);
                    break;
                case Syntax.List l:
                    foreach (var e in l.Elts) Delete(e, output);
                    break;
                default:
                    _m.Error(target, "can't delete " + target.GetType().Name);
                    break;
            }
        }

        /// <summary>target op= value, evaluating the target's object and key once.</summary>
        public void Augmented(AugAssign node, List<StatementSyntax> output)
        {
            var opMember = Dotted("BinaryOperator." + RuntimeNames.OperatorEnumMember(node.Op, _m.TrueDivision));
            System.Func<ExpressionSyntax, ExpressionSyntax, ExpressionSyntax> inPlace = (a, b) => Call("Ops.InPlaceOp", opMember, a, b);
            switch (node.Target)
            {
                case Name n:
                    output.Add(StoreName(n.Id, inPlace(X.LoadName(n.Id), X.Lower(node.Value))));
                    break;
                case AttributeExpr a:
                {
                    RecordDynamicAttribute(a, "updated");
                    string o = _m.NewTemp("o");
                    output.Add(DeclareVar(o, X.Lower(a.Value)));
                    output.Add(Stmt(Call("Ops.SetAttr", Id(o), _m.Name(a.Attr),
                        inPlace(Call("Ops.GetAttr", Id(o), _m.Name(a.Attr)), X.Lower(node.Value)))));
                    break;
                }
                case Subscript s:
                {
                    string o = _m.NewTemp("o");
                    output.Add(DeclareVar(o, X.Lower(s.Value)));
                    if (s.Slice is Slice sl && sl.Step == null)
                    {
                        string lo = _m.NewTemp("lo"), hi = _m.NewTemp("hi");
                        output.Add(DeclareLocal(PyObjectType, lo, X.Optional(sl.Lower)));
                        output.Add(DeclareLocal(PyObjectType, hi, X.Optional(sl.Upper)));
                        output.Add(Stmt(Call("Ops.SetSlice", Id(o), Id(lo), Id(hi),
                            inPlace(Call("Ops.GetSlice", Id(o), Id(lo), Id(hi)), X.Lower(node.Value)))));
                    }
                    else
                    {
                        string k = _m.NewTemp("k");
                        output.Add(DeclareVar(k, X.LowerSlice(s.Slice)));
                        output.Add(Stmt(Call("Ops.SetItem", Id(o), Id(k),
                            inPlace(Call("Ops.GetItem", Id(o), Id(k)), X.Lower(node.Value)))));
                    }
                    break;
                }
                default:
                    _m.Error(node.Target, "illegal expression for augmented assignment");
                    break;
            }
        }
    }
}

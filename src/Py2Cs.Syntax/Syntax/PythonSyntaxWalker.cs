using System.Collections.Generic;

namespace Py2Cs.Syntax
{
    /// <summary>Visits every node of a tree in source order; override a Visit method and call base to keep descending.</summary>
    public abstract class PythonSyntaxWalker : PythonSyntaxVisitor<object>
    {
        protected void VisitList<TNode>(IReadOnlyList<TNode> nodes) where TNode : Node
        {
            for (int i = 0; i < nodes.Count; i++)
                Visit(nodes[i]);
        }

        public override object VisitModule(Module node)
        {
            VisitList(node.Body);
            return null;
        }

        public override object VisitNumLiteral(NumLiteral node)
        {
            return null;
        }

        public override object VisitStrLiteral(StrLiteral node)
        {
            return null;
        }

        public override object VisitFunctionDef(FunctionDef node)
        {
            VisitList(node.DecoratorList);
            Visit(node.Args);
            VisitList(node.Body);
            return null;
        }

        public override object VisitClassDef(ClassDef node)
        {
            VisitList(node.DecoratorList);
            VisitList(node.Bases);
            VisitList(node.Body);
            return null;
        }

        public override object VisitFor(For node)
        {
            Visit(node.Target);
            Visit(node.Iter);
            VisitList(node.Body);
            VisitList(node.Orelse);
            return null;
        }

        public override object VisitWhile(While node)
        {
            Visit(node.Test);
            VisitList(node.Body);
            VisitList(node.Orelse);
            return null;
        }

        public override object VisitIf(If node)
        {
            Visit(node.Test);
            VisitList(node.Body);
            VisitList(node.Orelse);
            return null;
        }

        public override object VisitWith(With node)
        {
            Visit(node.ContextExpr);
            Visit(node.OptionalVars);
            VisitList(node.Body);
            return null;
        }

        public override object VisitTryExcept(TryExcept node)
        {
            VisitList(node.Body);
            VisitList(node.Handlers);
            VisitList(node.Orelse);
            return null;
        }

        public override object VisitTryFinally(TryFinally node)
        {
            VisitList(node.Body);
            VisitList(node.Finalbody);
            return null;
        }

        public override object VisitReturn(Return node)
        {
            Visit(node.Value);
            return null;
        }

        public override object VisitDelete(Delete node)
        {
            VisitList(node.Targets);
            return null;
        }

        public override object VisitAssign(Assign node)
        {
            VisitList(node.Targets);
            Visit(node.Value);
            return null;
        }

        public override object VisitAugAssign(AugAssign node)
        {
            Visit(node.Target);
            Visit(node.Value);
            return null;
        }

        public override object VisitPrint(Print node)
        {
            Visit(node.Dest);
            VisitList(node.Values);
            return null;
        }

        public override object VisitRaise(Raise node)
        {
            Visit(node.Type);
            Visit(node.Inst);
            Visit(node.Tback);
            return null;
        }

        public override object VisitAssertStmt(AssertStmt node)
        {
            Visit(node.Test);
            Visit(node.Msg);
            return null;
        }

        public override object VisitImport(Import node)
        {
            VisitList(node.Names);
            return null;
        }

        public override object VisitImportFrom(ImportFrom node)
        {
            VisitList(node.Names);
            return null;
        }

        public override object VisitExec(Exec node)
        {
            Visit(node.Body);
            Visit(node.Globals);
            Visit(node.Locals);
            return null;
        }

        public override object VisitGlobal(Global node)
        {
            return null;
        }

        public override object VisitExprStmt(ExprStmt node)
        {
            Visit(node.Value);
            return null;
        }

        public override object VisitPass(Pass node)
        {
            return null;
        }

        public override object VisitBreak(Break node)
        {
            return null;
        }

        public override object VisitContinue(Continue node)
        {
            return null;
        }

        public override object VisitBoolOp(BoolOp node)
        {
            VisitList(node.Values);
            return null;
        }

        public override object VisitBinOp(BinOp node)
        {
            Visit(node.Left);
            Visit(node.Right);
            return null;
        }

        public override object VisitUnaryOp(UnaryOp node)
        {
            Visit(node.Operand);
            return null;
        }

        public override object VisitCompare(Compare node)
        {
            Visit(node.Left);
            VisitList(node.Comparators);
            return null;
        }

        public override object VisitIfExp(IfExp node)
        {
            Visit(node.Test);
            Visit(node.Body);
            Visit(node.Orelse);
            return null;
        }

        public override object VisitLambda(Lambda node)
        {
            Visit(node.Args);
            Visit(node.Body);
            return null;
        }

        public override object VisitYield(Yield node)
        {
            Visit(node.Value);
            return null;
        }

        public override object VisitRepr(Repr node)
        {
            Visit(node.Value);
            return null;
        }

        public override object VisitDict(Dict node)
        {
            for (int i = 0; i < node.Keys.Count; i++)
            {
                Visit(node.Keys[i]);
                Visit(node.Values[i]);
            }
            return null;
        }

        public override object VisitSet(Set node)
        {
            VisitList(node.Elts);
            return null;
        }

        public override object VisitList(List node)
        {
            VisitList(node.Elts);
            return null;
        }

        public override object VisitTupleExpr(TupleExpr node)
        {
            VisitList(node.Elts);
            return null;
        }

        public override object VisitListComp(ListComp node)
        {
            VisitList(node.Generators);
            Visit(node.Elt);
            return null;
        }

        public override object VisitSetComp(SetComp node)
        {
            VisitList(node.Generators);
            Visit(node.Elt);
            return null;
        }

        public override object VisitDictComp(DictComp node)
        {
            VisitList(node.Generators);
            Visit(node.Key);
            Visit(node.Value);
            return null;
        }

        public override object VisitGeneratorExp(GeneratorExp node)
        {
            VisitList(node.Generators);
            Visit(node.Elt);
            return null;
        }

        public override object VisitComprehension(Comprehension node)
        {
            Visit(node.Target);
            Visit(node.Iter);
            VisitList(node.Ifs);
            return null;
        }

        public override object VisitName(Name node)
        {
            return null;
        }

        public override object VisitAttributeExpr(AttributeExpr node)
        {
            Visit(node.Value);
            return null;
        }

        public override object VisitSubscript(Subscript node)
        {
            Visit(node.Value);
            Visit(node.Slice);
            return null;
        }

        public override object VisitCall(Call node)
        {
            Visit(node.Func);
            VisitList(node.Args);
            VisitList(node.Keywords);
            Visit(node.Starargs);
            Visit(node.Kwargs);
            return null;
        }

        public override object VisitEllipsis(Ellipsis node)
        {
            return null;
        }

        public override object VisitSlice(Slice node)
        {
            Visit(node.Lower);
            Visit(node.Upper);
            Visit(node.Step);
            return null;
        }

        public override object VisitExtSlice(ExtSlice node)
        {
            VisitList(node.Dims);
            return null;
        }

        public override object VisitIndex(Index node)
        {
            Visit(node.Value);
            return null;
        }

        public override object VisitArguments(Arguments node)
        {
            VisitList(node.Args);
            VisitList(node.Defaults);
            return null;
        }

        public override object VisitKeyword(Keyword node)
        {
            Visit(node.Value);
            return null;
        }

        public override object VisitAlias(Alias node)
        {
            return null;
        }

        public override object VisitExceptHandler(ExceptHandler node)
        {
            Visit(node.Type);
            Visit(node.Name);
            VisitList(node.Body);
            return null;
        }
    }
}

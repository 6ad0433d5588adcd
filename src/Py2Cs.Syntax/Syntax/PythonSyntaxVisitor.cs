namespace Py2Cs.Syntax
{
    /// <summary>Double dispatch over the AST: override the Visit methods for the nodes you handle.</summary>
    public abstract class PythonSyntaxVisitor<T>
    {
        public virtual T Visit(Node node) => node == null ? default(T) : node.Accept(this);

        /// <summary>Called by every Visit method that is not overridden.</summary>
        protected virtual T DefaultVisit(Node node) => default(T);

        public virtual T VisitModule(Module node) => DefaultVisit(node);
        public virtual T VisitNumLiteral(NumLiteral node) => DefaultVisit(node);
        public virtual T VisitStrLiteral(StrLiteral node) => DefaultVisit(node);
        public virtual T VisitFunctionDef(FunctionDef node) => DefaultVisit(node);
        public virtual T VisitClassDef(ClassDef node) => DefaultVisit(node);
        public virtual T VisitFor(For node) => DefaultVisit(node);
        public virtual T VisitWhile(While node) => DefaultVisit(node);
        public virtual T VisitIf(If node) => DefaultVisit(node);
        public virtual T VisitWith(With node) => DefaultVisit(node);
        public virtual T VisitTryExcept(TryExcept node) => DefaultVisit(node);
        public virtual T VisitTryFinally(TryFinally node) => DefaultVisit(node);
        public virtual T VisitReturn(Return node) => DefaultVisit(node);
        public virtual T VisitDelete(Delete node) => DefaultVisit(node);
        public virtual T VisitAssign(Assign node) => DefaultVisit(node);
        public virtual T VisitAugAssign(AugAssign node) => DefaultVisit(node);
        public virtual T VisitPrint(Print node) => DefaultVisit(node);
        public virtual T VisitRaise(Raise node) => DefaultVisit(node);
        public virtual T VisitAssertStmt(AssertStmt node) => DefaultVisit(node);
        public virtual T VisitImport(Import node) => DefaultVisit(node);
        public virtual T VisitImportFrom(ImportFrom node) => DefaultVisit(node);
        public virtual T VisitExec(Exec node) => DefaultVisit(node);
        public virtual T VisitGlobal(Global node) => DefaultVisit(node);
        public virtual T VisitExprStmt(ExprStmt node) => DefaultVisit(node);
        public virtual T VisitPass(Pass node) => DefaultVisit(node);
        public virtual T VisitBreak(Break node) => DefaultVisit(node);
        public virtual T VisitContinue(Continue node) => DefaultVisit(node);
        public virtual T VisitBoolOp(BoolOp node) => DefaultVisit(node);
        public virtual T VisitBinOp(BinOp node) => DefaultVisit(node);
        public virtual T VisitUnaryOp(UnaryOp node) => DefaultVisit(node);
        public virtual T VisitCompare(Compare node) => DefaultVisit(node);
        public virtual T VisitIfExp(IfExp node) => DefaultVisit(node);
        public virtual T VisitLambda(Lambda node) => DefaultVisit(node);
        public virtual T VisitYield(Yield node) => DefaultVisit(node);
        public virtual T VisitRepr(Repr node) => DefaultVisit(node);
        public virtual T VisitDict(Dict node) => DefaultVisit(node);
        public virtual T VisitSet(Set node) => DefaultVisit(node);
        public virtual T VisitList(List node) => DefaultVisit(node);
        public virtual T VisitTupleExpr(TupleExpr node) => DefaultVisit(node);
        public virtual T VisitListComp(ListComp node) => DefaultVisit(node);
        public virtual T VisitSetComp(SetComp node) => DefaultVisit(node);
        public virtual T VisitDictComp(DictComp node) => DefaultVisit(node);
        public virtual T VisitGeneratorExp(GeneratorExp node) => DefaultVisit(node);
        public virtual T VisitComprehension(Comprehension node) => DefaultVisit(node);
        public virtual T VisitName(Name node) => DefaultVisit(node);
        public virtual T VisitAttributeExpr(AttributeExpr node) => DefaultVisit(node);
        public virtual T VisitSubscript(Subscript node) => DefaultVisit(node);
        public virtual T VisitCall(Call node) => DefaultVisit(node);
        public virtual T VisitEllipsis(Ellipsis node) => DefaultVisit(node);
        public virtual T VisitSlice(Slice node) => DefaultVisit(node);
        public virtual T VisitExtSlice(ExtSlice node) => DefaultVisit(node);
        public virtual T VisitIndex(Index node) => DefaultVisit(node);
        public virtual T VisitArguments(Arguments node) => DefaultVisit(node);
        public virtual T VisitKeyword(Keyword node) => DefaultVisit(node);
        public virtual T VisitAlias(Alias node) => DefaultVisit(node);
        public virtual T VisitExceptHandler(ExceptHandler node) => DefaultVisit(node);
    }
}

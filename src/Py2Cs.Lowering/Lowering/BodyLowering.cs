namespace Py2Cs.Lowering
{
    /// <summary>The lowerings working on one C# method body, wired together.</summary>
    internal sealed class BodyLowering
    {
        public BodyLowering(ModuleContext module, MethodBody body)
        {
            Module = module;
            Body = body;
            Expressions = new ExpressionLowering(module, body, this);
            Statements = new StatementLowering(module, body, this);
            Functions = new FunctionLowering(module, body, this);
            Comprehensions = new ComprehensionLowering(module, body, this);
            Classes = new ClassLowering(module, body, this);
            Targets = new AssignmentLowering(module, body, this);
        }

        public ModuleContext Module { get; }
        public MethodBody Body { get; }
        public ExpressionLowering Expressions { get; }
        public StatementLowering Statements { get; }
        public FunctionLowering Functions { get; }
        public ComprehensionLowering Comprehensions { get; }
        public ClassLowering Classes { get; }
        public AssignmentLowering Targets { get; }
    }
}

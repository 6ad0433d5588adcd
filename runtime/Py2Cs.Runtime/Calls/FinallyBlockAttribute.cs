using System;

namespace Py2Cs.Runtime;

/// <summary>Marks the C# local function generated code runs a Python <c>finally</c> body in. It is part
/// of its caller's Python frame (named <see cref="Name"/>): tracebacks show its line under that name and
/// drop the caller's own entry, which .NET reports at a wrong offset while a finally funclet runs.</summary>
[AttributeUsage(AttributeTargets.Method, Inherited = false)]
public sealed class FinallyBlockAttribute : Attribute
{
    public string Name { get; }
    public FinallyBlockAttribute(string name) { Name = name; }
}

using System.Collections.Generic;
using S = Py2Cs.Syntax;

namespace Py2Cs.Runtime;

/// <summary>
/// One activation of interpreted code. Module-level and class-body code keep their names in a mapping
/// (<see cref="Namespace"/>, CPython's LOAD_NAME/STORE_NAME); function code keeps its locals in
/// <see cref="Fast"/>, which nested functions reach through <see cref="Enclosing"/> (so closures see
/// later assignments, as Python's cells do).
/// </summary>
internal sealed class InterpreterFrame
{
    public PyDict Globals;
    /// <summary>Module or class namespace (any mapping); null for function code.</summary>
    public PyObject Namespace;
    /// <summary>Function locals; null for module and class code.</summary>
    public Dictionary<string, PyObject> Fast;
    public CodeScope Scope;
    /// <summary>The nearest enclosing function frame, where free names are found.</summary>
    public InterpreterFrame Enclosing;
    public string Filename;
    public string Name;
    public S.FutureFlags Future;
    public S.Text.SourceText Source;
    /// <summary>Set while a generator body runs: where <c>yield</c> hands its value.</summary>
    public GeneratorWorker Generator;
    public PyObject ReturnValue;
    /// <summary>The statement running now: its line is the frame's line in a traceback.</summary>
    public S.Node Current;
    /// <summary>"single" mode: expression statements print their value (the interactive prompt).</summary>
    public bool Interactive;

    public bool IsFunction => Fast != null;

    /// <summary>The function frame nested code closes over: this one, or for a class body its enclosing one.</summary>
    public InterpreterFrame ClosureParent => IsFunction ? this : Enclosing;

    public int LineOf(S.Node node) => Source == null ? 0 : Source.GetLinePosition(node.Span.Start).Line;
}

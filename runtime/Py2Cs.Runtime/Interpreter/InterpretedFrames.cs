using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using S = Py2Cs.Syntax;

namespace Py2Cs.Runtime;

/// <summary>Marks the interpreter method that runs one interpreted code block: in a .NET stack trace,
/// each such frame stands for one Python frame recorded by <see cref="InterpretedFrames"/>.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class InterpretedFrameAttribute : Attribute { }

/// <summary>
/// Where interpreted code is in its source, for tracebacks. The .NET stack shows only the interpreter's
/// own methods, so as an exception passes each interpreted frame (an exception filter, before any
/// unwinding) the frame's file, line and name are recorded on the exception, innermost first; the
/// traceback printer pairs them with the <see cref="InterpretedFrameAttribute"/> frames of the stack.
/// </summary>
internal static class InterpretedFrames
{
    // Frames are held as object so the traceback path never loads the front end's types (a program that
    // never runs exec need not ship Py2Cs.Syntax.dll).
    static readonly ConditionalWeakTable<Exception, List<(object Frame, TracebackPrinter.Frame Entry)>> Recorded = new();

    /// <summary>Records the frame the exception is leaving; always false (the filter never catches).</summary>
    public static bool Record(Exception e, InterpreterFrame frame)
    {
        var list = Recorded.GetOrCreateValue(e);
        foreach (var r in list)
            if (ReferenceEquals(r.Frame, frame)) return false;
        int line = frame.Current != null && frame.Source != null ? frame.LineOf(frame.Current) : 0;
        list.Add((frame, new TracebackPrinter.Frame(frame.Filename, line, frame.Name)));
        return false;
    }

    /// <summary>The interpreted frames the exception passed, innermost first.</summary>
    public static List<TracebackPrinter.Frame> For(Exception e)
    {
        var r = new List<TracebackPrinter.Frame>();
        if (Recorded.TryGetValue(e, out var list))
            foreach (var x in list) r.Add(x.Entry);
        return r;
    }
}

using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Reflection;
using System.Text;

namespace Py2Cs.Runtime;

/// <summary>
/// Prints a CPython-style traceback from the .NET stack trace of a PythonException: frames of methods
/// marked <see cref="PythonFunctionAttribute"/> are shown with the file and line the generated code's
/// <c>#line</c> directives map them to, outermost first, followed by the source line.
/// </summary>
public static class TracebackPrinter
{
    public readonly record struct Frame(string File, int Line, string Function);

    /// <summary>The Python frames of the exception, outermost first.</summary>
    public static List<Frame> Frames(Exception e) =>
        PythonFrames(new StackTrace(e, true), InterpretedFrames.For(e), (e as PythonException)?.ReraisedAt);

    /// <summary>The Python frames of the current call stack, outermost first (traceback.extract_stack,
    /// logging's findCaller, warnings, sys._getframe).</summary>
    /// <remarks>A stack trace with file information reads the PDB's sequence points for every frame
    /// (tens of microseconds, most of a logger.info call). So the stack is walked without them and each
    /// Python frame's (method, IL offset) is looked up in <see cref="MethodPositions"/>; only a position
    /// not seen before costs one walk with file information.</remarks>
    public static List<Frame> CurrentStack()
    {
        var trace = new StackTrace(1, false);
        StackTrace withFiles = null;
        var frames = new List<Frame>();
        SourcePosition? finallyBody = null;
        for (int i = 0; i < trace.FrameCount; i++)
        {
            StackFrame f = trace.GetFrame(i);
            MethodBase method = f?.GetMethod();
            if (method == null) continue;
            MethodPositions positions = MethodPositions.Of(method);
            if (positions.PythonName == null && !positions.IsFinallyBlock) continue;
            int offset = f.GetILOffset();
            if (!positions.Lines.TryGetValue(offset, out SourcePosition position))
            {
                // Made in this same method, so its frames are the same as trace's, index for index.
                withFiles ??= new StackTrace(1, true);
                StackFrame g = i < withFiles.FrameCount ? withFiles.GetFrame(i) : null;
                if (g == null || g.GetMethod() != method || g.GetILOffset() != offset)
                    return PythonFrames(withFiles, null);
                position = new SourcePosition(g.GetFileName(), g.GetFileLineNumber());
                positions.Lines[offset] = position;
            }
            if (positions.IsFinallyBlock)
            {
                // Its caller is the Python frame; keep the innermost position (finally bodies may nest).
                finallyBody ??= position;
                continue;
            }
            if (finallyBody is SourcePosition inFinally)
            {
                position = inFinally;
                finallyBody = null;
            }
            if (position.File == null) continue;
            frames.Add(new Frame(DisplayPath(position.File), position.Line, positions.PythonName));
        }
        frames.Reverse();
        return frames;
    }

    /// <summary>Where one IL offset of generated code maps through <c>#line</c> (File null: nowhere).</summary>
    readonly record struct SourcePosition(string File, int Line);

    /// <summary>Per method: its Python name (null when it is not a Python function) and the source
    /// positions of the IL offsets seen on stacks so far. Held weakly, so collectible assemblies of
    /// in-process compiled programs can still unload.</summary>
    sealed class MethodPositions
    {
        static readonly System.Runtime.CompilerServices.ConditionalWeakTable<MethodBase, MethodPositions> Table = new();
        public readonly string PythonName;
        /// <summary>The method runs a Python finally body (<see cref="FinallyBlockAttribute"/>).</summary>
        public readonly bool IsFinallyBlock;
        public readonly System.Collections.Concurrent.ConcurrentDictionary<int, SourcePosition> Lines = new();
        MethodPositions(MethodBase method)
        {
            PythonName = PythonNameOf(method);
            IsFinallyBlock = method.IsDefined(typeof(FinallyBlockAttribute), false);
        }
        public static MethodPositions Of(MethodBase method) => Table.GetValue(method, m => new MethodPositions(m));
    }

    /// <summary>The Python name of a generated method, or null. A generator's body is an async lambda
    /// marked [PythonFunction]; it runs in its state machine's MoveNext, found through the lambda's
    /// [AsyncStateMachine] attribute.</summary>
    static string PythonNameOf(MethodBase method)
    {
        var attr = method.GetCustomAttribute<PythonFunctionAttribute>();
        if (attr != null) return attr.Name;
        if (method.Name != "MoveNext" || method.DeclaringType is not Type machine
            || machine.DeclaringType is not Type outer || !typeof(System.Runtime.CompilerServices.IAsyncStateMachine).IsAssignableFrom(machine))
            return null;
        const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly;
        foreach (var m in outer.GetMethods(all))
            if (m.GetCustomAttribute<System.Runtime.CompilerServices.AsyncStateMachineAttribute>()?.StateMachineType == machine)
                return m.GetCustomAttribute<PythonFunctionAttribute>()?.Name;
        return null;
    }

    /// <param name="interpreted">Frames of code run by the <see cref="Interpreter"/>, innermost first: one
    /// for each interpreter frame method met on the stack.</param>
    /// <param name="reraisedAt">Frame indexes where a bare raise re-threw the exception: the first Python
    /// frame from each is the re-raising one, already in the trace at its original line.</param>
    static List<Frame> PythonFrames(StackTrace trace, List<Frame> interpreted, List<int> reraisedAt = null)
    {
        var frames = new List<Frame>();
        int next = 0;
        StackFrame inner = null;
        SourcePosition? finallyBody = null;
        string pendingName = null;
        int index = -1;
        bool dropReraising = false;
        foreach (var f in trace.GetFrames())
        {
            index++;
            if (reraisedAt != null && reraisedAt.Contains(index)) dropReraising = true;
            var method = f.GetMethod();
            var previous = inner;
            inner = f;
            if (IsFinallyParent(f, previous)) continue;
            if (interpreted != null && method != null && method.IsDefined(typeof(InterpretedFrameAttribute), false))
            {
                if (next < interpreted.Count) frames.Add(interpreted[next++]);
                continue;
            }
            if (method == null) continue;
            var positions = MethodPositions.Of(method);
            if (positions.IsFinallyBlock)
            {
                if (finallyBody == null) pendingName = method.GetCustomAttribute<FinallyBlockAttribute>().Name;
                finallyBody ??= new SourcePosition(f.GetFileName(), f.GetFileLineNumber());
                continue;
            }
            if (positions.PythonName == null) continue;
            if (dropReraising)
            {
                dropReraising = false;
                finallyBody = null;
                continue;
            }
            var position = new SourcePosition(f.GetFileName(), f.GetFileLineNumber());
            if (finallyBody is SourcePosition inFinally)
            {
                // The caller of a finally body: its Python frame is at the finally body's line.
                position = inFinally;
                finallyBody = null;
            }
            if (position.File == null) continue;
            frames.Add(new Frame(DisplayPath(position.File), position.Line, positions.PythonName));
        }
        // An exception caught inside a finally body: its trace stops before the caller.
        if (finallyBody is SourcePosition last && last.File != null && pendingName != null)
            frames.Add(new Frame(DisplayPath(last.File), last.Line, pendingName));
        frames.Reverse();
        return frames;
    }

    /// <summary>An exception raised inside a finally block (a with statement's __exit__ call) shows the
    /// method twice in .NET's stack: the finally funclet, then the method itself at its try block. Python
    /// has one frame, at the raising line: the outer entry is dropped. (The runtime reports the outer
    /// entry at IL offset 0 or inside the try block.)</summary>
    static bool IsFinallyParent(StackFrame outer, StackFrame inner)
    {
        if (inner == null || outer.GetMethod() is not MethodBase method || inner.GetMethod() != method) return false;
        int outerOffset = outer.GetILOffset(), innerOffset = inner.GetILOffset();
        if (outerOffset < 0 || innerOffset < 0) return false;
        IList<ExceptionHandlingClause> clauses;
        try { clauses = method.GetMethodBody()?.ExceptionHandlingClauses; }
        catch (InvalidOperationException) { return false; }
        if (clauses == null) return false;
        foreach (var c in clauses)
            if (c.Flags == ExceptionHandlingClauseOptions.Finally
                && innerOffset >= c.HandlerOffset && innerOffset < c.HandlerOffset + c.HandlerLength
                && (outerOffset == 0 || (outerOffset >= c.TryOffset && outerOffset < c.TryOffset + c.TryLength)))
                return true;
        return false;
    }

    /// <summary>The compiler stores #line paths made absolute; CPython shows the script path as given
    /// (co_filename, fixed when the module is compiled), usually relative to the directory the program
    /// started in, so paths under that directory are shown relative.</summary>
    static string DisplayPath(string file)
    {
        string start = StartDirectory;
        return file.StartsWith(start, StringComparison.Ordinal) ? file.Substring(start.Length) : file;
    }

    static string _startDirectory;

    /// <summary>The working directory before the program first changed it (with a trailing '/').
    /// Remembered on first use, and by os.chdir/fchdir before they change it (<see cref="RememberStartDirectory"/>),
    /// which also saves a getcwd call per frame.</summary>
    static string StartDirectory => _startDirectory ??= System.IO.Directory.GetCurrentDirectory().TrimEnd('/') + "/";

    /// <summary>Called before the program changes its working directory, so relative display paths
    /// stay relative to the directory it started in, as co_filename does.</summary>
    public static void RememberStartDirectory() => _ = StartDirectory;

    public static string Format(PythonException e)
    {
        var sb = new StringBuilder();
        var frames = Frames(e);
        if (frames.Count > 0)
        {
            sb.Append("Traceback (most recent call last):\n");
            foreach (var f in frames) sb.Append(FormatFrame(f));
        }
        sb.Append(Ops.ExceptionLine(e.Value)).Append('\n');
        return sb.ToString();
    }

    /// <summary>One frame as traceback.format_tb writes it: the File line and the stripped source line.</summary>
    public static string FormatFrame(Frame f)
    {
        var sb = new StringBuilder();
        sb.Append("  File \"").Append(f.File).Append("\", line ").Append(f.Line).Append(", in ").Append(f.Function).Append('\n');
        string src = SourceLine(f.File, f.Line);
        if (src != null) sb.Append("    ").Append(src).Append('\n');
        return sb.ToString();
    }

    public static void Print(PythonException e, PyFile stream)
    {
        string text = Format(e);
        var bytes = new byte[text.Length];
        for (int i = 0; i < text.Length; i++) bytes[i] = text[i] < 256 ? (byte)text[i] : (byte)'?';
        stream.Write(bytes);
        stream.Flush();
    }

    // Threads print tracebacks concurrently (threading's excepthook path): a concurrent table.
    static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string[]> Sources = new();

    public static string SourceLine(string file, int line)
    {
        if (!Sources.TryGetValue(file, out var lines))
        {
            try { lines = File.Exists(file) ? File.ReadAllLines(file, Encoding.Latin1) : null; }
            catch (IOException) { lines = null; }
            Sources[file] = lines;
        }
        if (lines == null || line < 1 || line > lines.Length) return null;
        return lines[line - 1].Trim();
    }
}

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
    public static List<Frame> Frames(Exception e) => PythonFrames(new StackTrace(e, true), InterpretedFrames.For(e));

    /// <summary>The Python frames of the current call stack, outermost first (traceback.extract_stack).</summary>
    public static List<Frame> CurrentStack() => PythonFrames(new StackTrace(1, true), null);

    /// <param name="interpreted">Frames of code run by the <see cref="Interpreter"/>, innermost first: one
    /// for each interpreter frame method met on the stack.</param>
    static List<Frame> PythonFrames(StackTrace trace, List<Frame> interpreted)
    {
        var frames = new List<Frame>();
        int next = 0;
        foreach (var f in trace.GetFrames())
        {
            var method = f.GetMethod();
            if (interpreted != null && method != null && method.IsDefined(typeof(InterpretedFrameAttribute), false))
            {
                if (next < interpreted.Count) frames.Add(interpreted[next++]);
                continue;
            }
            var attr = method?.GetCustomAttribute<PythonFunctionAttribute>();
            if (attr == null) continue;
            string file = f.GetFileName();
            if (file == null) continue;
            frames.Add(new Frame(DisplayPath(file), f.GetFileLineNumber(), attr.Name));
        }
        frames.Reverse();
        return frames;
    }

    /// <summary>The compiler stores #line paths made absolute; CPython shows the script path as given,
    /// usually relative to the working directory, so paths under it are shown relative.</summary>
    static string DisplayPath(string file)
    {
        string cwd = System.IO.Directory.GetCurrentDirectory().TrimEnd('/') + "/";
        return file.StartsWith(cwd, StringComparison.Ordinal) ? file.Substring(cwd.Length) : file;
    }

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

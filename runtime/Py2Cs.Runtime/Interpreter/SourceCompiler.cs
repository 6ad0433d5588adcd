using System;
using Py2Cs.Syntax.Diagnostics;
using Py2Cs.Syntax.Text;
using S = Py2Cs.Syntax;

namespace Py2Cs.Runtime;

/// <summary>
/// <c>compile()</c>: source text to a <see cref="PyCode"/> holding the front end's syntax tree. The front
/// end already words errors as CPython does; this turns the first one into the SyntaxError (or
/// IndentationError/TabError) CPython raises, with its (filename, lineno, offset, text) details.
/// </summary>
public static class SourceCompiler
{
    public static PyCode Compile(PyObject source, string filename, string mode)
    {
        if (mode != "exec" && mode != "eval" && mode != "single")
            throw Ops.ValueError("compile() arg 3 must be 'exec', 'eval' or 'single'");
        return Compile(SourceOf(source, mode), filename, mode);
    }

    /// <summary>The text of a str (bytes taken as Latin-1, so string literals keep their bytes), a
    /// unicode, or an open file.</summary>
    public static string SourceOf(PyObject source, string mode) => source switch
    {
        PyStr s => s.ToString(),
        PyUnicode u => u.Value,
        PyFile f => f.Read().ToString(),
        _ => throw Ops.TypeError(mode == "eval" ? "eval() arg 1 must be a string or code object"
            : mode == "compile" ? "compile() expected string without null bytes"
            : "exec: arg 1 must be a string, file, or code object"),
    };

    public static PyCode Compile(string text, string filename, string mode)
    {
        if (text.IndexOf('\0') >= 0) throw Ops.TypeError("compile() expected string without null bytes");
        var source = SourceText.From(text, filename);
        var result = mode == "eval" ? S.Parser.ParseExpression(source) : S.Parser.Parse(source);
        foreach (var d in result.Diagnostics)
            if (d.IsError) throw SyntaxErrorFrom(d, filename, source, mode);
        return new PyCode("<module>", filename, mode, result.Module, source);
    }

    // Errors found after parsing (CPython's ast.c and compile.c) carry no offset or text; symtable errors
    // on function definitions carry no location at all.
    static readonly string[] NoLocation =
    {
        "duplicate argument", "'return' with argument inside generator", "unqualified exec",
        "import * is not allowed", "is parameter and global", "can not delete variable",
        "is local and global", "function definition",
    };
    static readonly string[] NoOffset =
    {
        "can't assign to", "can't delete", "Generator expression must be parenthesized", "outside loop",
        "not properly in loop", "outside function", "default 'except:' must be last", "keyword can't be an expression",
        "non-keyword arg after keyword arg", "only named arguments may follow", "non-default argument follows",
        "keyword argument repeated", "illegal expression for augmented assignment", "assignment to None",
        "cannot assign to", "cannot delete",
    };

    static PythonException SyntaxErrorFrom(Diagnostic d, string filename, SourceText source, string mode)
    {
        var type = d.ErrorType switch
        {
            "IndentationError" => PyExceptionTypes.IndentationError,
            "TabError" => PyExceptionTypes.TabError,
            _ => PyExceptionTypes.SyntaxError,
        };
        string message = d.Message;
        int column = d.Column;
        if (mode == "eval" && message == "invalid syntax" && !source.Text.EndsWith("\n", StringComparison.Ordinal) && d.Line == source.LineCount)
        {
            // Eval input has no final newline: CPython's tokenizer reports an error on the last token as
            // the end of input, at that token.
            int last = LastTokenColumn(source.GetLineText(d.Line));
            if (last > 0 && column >= last)
            {
                message = "unexpected EOF while parsing";
                column = last;
            }
        }
        var msg = PyStr.FromString(message);
        foreach (var m in NoLocation)
            if (message.Contains(m))
            {
                // symtable errors: no details in args, but lineno is set (PyErr_SyntaxLocation)
                var e = Ops.Error(type, msg);
                Ops.SetAttr(e.Value, "lineno", PyInt.From(d.Line));
                return e;
            }
        var file = PyStr.FromString(filename);
        var line = PyInt.From(d.Line);
        foreach (var m in NoOffset)
            if (message.Contains(m)) return Ops.Error(type, msg, PyTuple.Create(file, line, PyNone.None, PyNone.None));
        string lineText = d.Line >= 1 && d.Line <= source.LineCount ? source.GetLineText(d.Line) : "";
        // CPython's exec-mode tokenizer sees every line newline-terminated; eval input keeps the text as given.
        bool hasNewline = d.Line < source.LineCount || source.Text.EndsWith("\n", StringComparison.Ordinal);
        if (mode != "eval" || hasNewline) lineText = lineText.TrimEnd('\r', '\n') + "\n";
        return Ops.Error(type, msg, PyTuple.Create(file, line, PyInt.From(column), PyStr.FromString(lineText)));
    }

    /// <summary>The 1-based column where the last token of a line starts (a name or number, else one character).</summary>
    static int LastTokenColumn(string line)
    {
        int end = line.TrimEnd().Length;
        if (end == 0) return 0;
        int start = end - 1;
        if (char.IsLetterOrDigit(line[start]) || line[start] == '_')
            while (start > 0 && (char.IsLetterOrDigit(line[start - 1]) || line[start - 1] == '_' || line[start - 1] == '.')) start--;
        return start + 1;
    }
}

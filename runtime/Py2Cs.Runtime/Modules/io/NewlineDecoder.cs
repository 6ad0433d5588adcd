using System;
using System.Text;

namespace Py2Cs.Runtime;

/// <summary>
/// Universal-newline decoding as io.IncrementalNewlineDecoder does it: a '\r' at the end of a
/// chunk waits for the next one (it may be half of '\r\n'), the kinds of line ending seen are
/// recorded, and with <c>translate</c> every '\r\n' and '\r' becomes '\n'.
/// </summary>
internal sealed class NewlineTranslator
{
    public const int LF = 1, CR = 2, CRLF = 4;
    public readonly bool Translate;
    public bool PendingCR;
    public int Seen;

    public NewlineTranslator(bool translate) { Translate = translate; }

    public string Decode(string output, bool final)
    {
        if (PendingCR && (output.Length > 0 || final))
        {
            output = "\r" + output;
            PendingCR = false;
        }
        if (output.Length > 0 && output[^1] == '\r' && !final)
        {
            output = output[..^1];
            PendingCR = true;
        }
        int cr = 0, lf = 0, crlf = 0;
        for (int i = 0; i < output.Length; i++)
        {
            char c = output[i];
            if (c == '\n') lf++;
            else if (c == '\r')
            {
                if (i + 1 < output.Length && output[i + 1] == '\n') { crlf++; i++; }
                else cr++;
            }
        }
        if (lf > 0) Seen |= LF;
        if (cr > 0) Seen |= CR;
        if (crlf > 0) Seen |= CRLF;
        if (Translate && (cr > 0 || crlf > 0))
        {
            var sb = new StringBuilder(output.Length);
            for (int i = 0; i < output.Length; i++)
            {
                char c = output[i];
                if (c == '\r')
                {
                    sb.Append('\n');
                    if (i + 1 < output.Length && output[i + 1] == '\n') i++;
                }
                else sb.Append(c);
            }
            output = sb.ToString();
        }
        return output;
    }

    public void Reset()
    {
        Seen = 0;
        PendingCR = false;
    }

    /// <summary>The <c>newlines</c> attribute: None, one string, or a tuple in the order '\r', '\n', '\r\n'.</summary>
    public PyObject Newlines
    {
        get
        {
            var kinds = new System.Collections.Generic.List<PyObject>();
            if ((Seen & CR) != 0) kinds.Add(PyStr.FromString("\r"));
            if ((Seen & LF) != 0) kinds.Add(PyStr.FromString("\n"));
            if ((Seen & CRLF) != 0) kinds.Add(PyStr.FromString("\r\n"));
            return kinds.Count == 0 ? PyNone.None : kinds.Count == 1 ? kinds[0] : PyTuple.Create(kinds.ToArray());
        }
    }
}

/// <summary>io.IncrementalNewlineDecoder(decoder, translate, errors='strict').</summary>
public sealed class IncrementalNewlineDecoderObject : IOObject
{
    public static readonly PyType TypeObject = PyType.Builtin("IncrementalNewlineDecoder", () => PyType.ObjectType, Populate);

    PyObject _decoder;
    NewlineTranslator _translator;

    IncrementalNewlineDecoderObject(PyType type) : base(type) { }

    NewlineTranslator T => _translator ?? throw Ops.ValueError("IncrementalNewlineDecoder.__init__ not called");

    static IncrementalNewlineDecoderObject D(PyObject o) => (IncrementalNewlineDecoderObject)o;

    static void Populate(PyType t)
    {
        t.Dict.SetStr("__module__", PyStr.FromString("_io"));
        t.Constructor = (type, args, kw) => new IncrementalNewlineDecoderObject(type);
        t.DefMethod("__init__", 2, new[] { "decoder", "translate", "errors" }, (s, a) =>
        {
            D(s)._decoder = a[0] is PyNone ? null : a[0];
            D(s)._translator = new NewlineTranslator(Ops.IsTrue(a[1]));
            return PyNone.None;
        });
        t.DefMethod("decode", 1, new[] { "input", "final" }, (s, a) =>
        {
            var d = D(s);
            bool final = a[1] != null && Ops.IsTrue(a[1]);
            PyObject output = d._decoder == null ? a[0] : Ops.CallMethod(d._decoder, PyStr.Intern("decode"), a[0], PyBool.From(final));
            if (output is not PyUnicode u) throw Ops.TypeError($"decoder should return a string result, not '{output.TypeName}'");
            return PyUnicode.FromString(d.T.Decode(u.Value, final));
        });
        t.DefMethod("getstate", s =>
        {
            var d = D(s);
            PyObject buf = PyStr.Empty;
            long flag = 0;
            if (d._decoder != null)
            {
                var st = Ops.UnpackSequence(Ops.CallMethod(d._decoder, PyStr.Intern("getstate")), 2);
                buf = st[0];
                flag = Ops.IndexToLong(st[1]);
            }
            flag <<= 1;
            if (d.T.PendingCR) flag |= 1;
            return PyTuple.Create(buf, PyInt.From(flag));
        });
        t.DefMethod("setstate", (s, state) =>
        {
            var d = D(s);
            var st = Ops.UnpackSequence(state, 2);
            long flag = Ops.IndexToLong(st[1]);
            d.T.PendingCR = (flag & 1) != 0;
            if (d._decoder != null) Ops.CallMethod(d._decoder, PyStr.Intern("setstate"), PyTuple.Create(st[0], PyInt.From(flag >> 1)));
            return PyNone.None;
        });
        t.DefMethod("reset", s =>
        {
            var d = D(s);
            d.T.Reset();
            if (d._decoder != null) Ops.CallMethod(d._decoder, PyStr.Intern("reset"));
            return PyNone.None;
        });
        t.DefProperty("newlines", s => D(s).T.Newlines);
    }
}

namespace Py2Cs.Runtime;

/// <summary>
/// The extension points between the object model and the strings work (which owns
/// Formatting/ and the str/unicode methods): each hook is a partial method with a <c>ref</c> result;
/// while no implementation exists the caller raises a clear NotImplementedError. The strings work
/// implements them in its own files as <c>static partial void ...Impl(...)</c> bodies.
/// </summary>
public static partial class FormattingHooks
{
    static partial void PercentFormatStrImpl(PyStr format, PyObject args, ref PyObject result);
    static partial void PercentFormatUnicodeImpl(PyUnicode format, PyObject args, ref PyObject result);
    static partial void FormatImpl(PyObject value, PyObject spec, ref PyObject result);
    static partial void DecodeImpl(PyObject value, PyObject encoding, PyObject errors, ref PyUnicode result);

    /// <summary><c>format % args</c> for str.</summary>
    public static PyObject PercentFormat(PyStr format, PyObject args)
    {
        PyObject result = null;
        PercentFormatStrImpl(format, args, ref result);
        return result ?? throw Ops.NotImplementedError("str % formatting is not available yet");
    }

    /// <summary><c>format % args</c> for unicode.</summary>
    public static PyObject PercentFormat(PyUnicode format, PyObject args)
    {
        PyObject result = null;
        PercentFormatUnicodeImpl(format, args, ref result);
        return result ?? throw Ops.NotImplementedError("unicode % formatting is not available yet");
    }

    /// <summary><c>format(value, spec)</c> / <c>object.__format__</c> for built-in values.</summary>
    public static PyObject Format(PyObject value, PyObject spec)
    {
        PyObject result = null;
        FormatImpl(value, spec, ref result);
        if (result != null) return result;
        // Until the mini-language lands: an empty spec means str(value).
        if (spec is PyStr s && s.Length == 0) return Ops.Str(value);
        if (spec is PyUnicode u && u.Length == 0) return Ops.ToUnicode(value);
        throw Ops.NotImplementedError("format specifications are not available yet");
    }

    /// <summary><c>unicode(value, encoding, errors)</c> / <c>str.decode</c>.</summary>
    public static PyUnicode Decode(PyObject value, PyObject encoding, PyObject errors)
    {
        PyUnicode result = null;
        DecodeImpl(value, encoding, errors, ref result);
        if (result != null) return result;
        if (value is PyStr s && (encoding == null || Ops.StrValue(encoding).ToLowerInvariant() is "ascii" or "us-ascii"))
            return PyUnicode.FromStr(s);
        throw Ops.NotImplementedError("codecs are not available yet");
    }
}

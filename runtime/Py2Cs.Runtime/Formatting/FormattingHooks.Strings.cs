using Py2Cs.Runtime.Formatting;
using Py2Cs.Runtime.Strings;

namespace Py2Cs.Runtime
{
    /// <summary>The strings work's side of the core's formatting extension points.</summary>
    public static partial class FormattingHooks
    {
        static partial void PercentFormatStrImpl(PyStr format, PyObject args, ref PyObject result) =>
            result = Formatting.PercentFormat.Format(format, args);

        static partial void PercentFormatUnicodeImpl(PyUnicode format, PyObject args, ref PyObject result) =>
            result = Formatting.PercentFormat.Format(format, args);

        static partial void FormatImpl(PyObject value, PyObject spec, ref PyObject result) =>
            result = BuiltinFormat.FormatBuiltin(value, spec);

        static partial void DecodeImpl(PyObject value, PyObject encoding, PyObject errors, ref PyUnicode result)
        {
            string enc = StringArguments.OptionalString(encoding, "decode", 1, "ascii");
            string err = StringArguments.OptionalString(errors, "decode", 2, "strict");
            PyObject decoded = value switch
            {
                PyStr s => CodecCalls.Decode(s, enc, err),
                PyUnicode u => CodecCalls.Decode(u, enc, err),
                _ => throw Ops.TypeError("coercing to Unicode: need string or buffer, " + value.TypeName + " found"),
            };
            result = decoded as PyUnicode ?? throw Ops.TypeError("decoder did not return an unicode object (type=" + decoded.TypeName + ")");
        }
    }
}

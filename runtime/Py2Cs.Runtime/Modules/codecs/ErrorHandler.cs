using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Py2Cs.Runtime.Modules.codecs
{
    /// <summary>The built-in codec error handlers: strict, ignore, replace, xmlcharrefreplace, backslashreplace.</summary>
    internal enum ErrorHandler
    {
        Strict,
        Ignore,
        Replace,
        XmlCharRefReplace,
        BackslashReplace,
    }

    internal static class ErrorHandlers
    {
        /// <summary>
        /// Resolves an error handler name. Python looks the name up only when an error happens, so an
        /// unknown name is reported then (<see cref="Unknown"/>), not here.
        /// </summary>
        public static ErrorHandler? Find(string name)
        {
            switch (name ?? "strict")
            {
                case "strict": return ErrorHandler.Strict;
                case "ignore": return ErrorHandler.Ignore;
                case "replace": return ErrorHandler.Replace;
                case "xmlcharrefreplace": return ErrorHandler.XmlCharRefReplace;
                case "backslashreplace": return ErrorHandler.BackslashReplace;
            }
            return null;
        }

        public static Exception Unknown(string name) => new CodecLookupFailure("unknown error handler name '" + name + "'");

        /// <summary>Applies a non-strict handler to the unencodable text[start:end], appending the replacement bytes.</summary>
        public static void OnEncodeError(string errors, string codec, string text, int start, int end, string reason,
                                         List<byte> output, Func<string, byte[]> encodeReplacement)
        {
            ErrorHandler? handler = Find(errors);
            if (handler == null) throw Unknown(errors);
            switch (handler.Value)
            {
                case ErrorHandler.Strict:
                    throw CodecFailure.Encode(codec, text, start, end, reason);
                case ErrorHandler.Ignore:
                    return;
                case ErrorHandler.Replace:
                    for (int i = start; i < end; i++)
                    {
                        CodecFailure.CodePointAt(text, i, out int units);
                        output.AddRange(encodeReplacement("?"));
                        i += units - 1;
                    }
                    return;
                default:
                    var sb = new StringBuilder();
                    for (int i = start; i < end; i++)
                    {
                        int cp = CodecFailure.CodePointAt(text, i, out int units);
                        if (handler == ErrorHandler.XmlCharRefReplace) sb.Append("&#").Append(cp.ToString(CultureInfo.InvariantCulture)).Append(';');
                        else sb.Append(CodecFailure.EscapeCodePoint(cp));
                        i += units - 1;
                    }
                    output.AddRange(encodeReplacement(sb.ToString()));
                    return;
            }
        }

        /// <summary>Applies a handler to the undecodable bytes[start:end], appending the replacement text.</summary>
        public static void OnDecodeError(string errors, string codec, byte[] bytes, int start, int end, string reason, StringBuilder output)
        {
            ErrorHandler? handler = Find(errors);
            if (handler == null) throw Unknown(errors);
            switch (handler.Value)
            {
                case ErrorHandler.Strict:
                    throw CodecFailure.Decode(codec, bytes, start, end, reason);
                case ErrorHandler.Ignore:
                    return;
                case ErrorHandler.Replace:
                    output.Append('\ufffd');
                    return;
                default:
                    throw new CodecTypeFailure("don't know how to handle UnicodeDecodeError in error callback");
            }
        }
    }

    /// <summary>A LookupError (unknown encoding or error handler).</summary>
    internal sealed class CodecLookupFailure : Exception
    {
        public CodecLookupFailure(string message) : base(message) { }
    }

    /// <summary>A TypeError raised by the codec machinery ("Odd-length string" is one).</summary>
    internal sealed class CodecTypeFailure : Exception
    {
        public CodecTypeFailure(string message) : base(message) { }
    }
}

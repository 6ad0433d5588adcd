using System.Text;
using Py2Cs.Syntax.Text;
using Xunit;

namespace Py2Cs.Syntax.Tests.Text
{
    public class SourceTextTests
    {
        [Fact]
        public void Offsets_map_to_one_based_lines_and_columns()
        {
            var text = SourceText.From("a = 1\nbb = 2\r\nccc\rd", "m.py");
            Assert.Equal(new LinePosition(1, 1), text.GetLinePosition(0));
            Assert.Equal(new LinePosition(2, 3), text.GetLinePosition(8));
            Assert.Equal(new LinePosition(3, 1), text.GetLinePosition(14));
            Assert.Equal(new LinePosition(4, 1), text.GetLinePosition(18));
            Assert.Equal("bb = 2", text.GetLineText(2));
            Assert.Equal(4, text.LineCount);
            Assert.Equal("m.py", text.Path);
        }

        [Fact]
        public void Utf8_bom_is_stripped_and_decodes_as_utf8()
        {
            byte[] bytes = { 0xEF, 0xBB, 0xBF, (byte)'x', (byte)'=', (byte)'\'', 0xC3, 0xA9, (byte)'\'' };
            var text = SourceText.FromBytes(bytes, "b.py");
            Assert.Equal("x='\u00e9'", text.Text);
            Assert.Null(text.EncodingError);
        }

        [Fact]
        public void Coding_cookie_on_line_two_selects_latin1()
        {
            byte[] bytes = Encoding.ASCII.GetBytes("#!/usr/bin/env python\n# -*- coding: latin-1 -*-\nx = '?'\n");
            bytes[bytes.Length - 3] = 0xE9;
            var text = SourceText.FromBytes(bytes, "l.py");
            Assert.Equal("latin-1", text.EncodingName);
            Assert.Contains("\u00e9", text.Text);
            Assert.Null(text.EncodingError);
        }

        [Fact]
        public void Non_ascii_without_declaration_is_the_pep263_error()
        {
            byte[] bytes = Encoding.ASCII.GetBytes("x = 1\ny = '?'\n");
            bytes[11] = 0xE9;
            var text = SourceText.FromBytes(bytes, "n.py");
            Assert.NotNull(text.EncodingError);
            Assert.Equal(2, text.EncodingError.Line);
            Assert.Equal("Non-ASCII character '\\xe9' in file n.py on line 2, but no encoding declared; see http://python.org/dev/peps/pep-0263/ for details",
                text.EncodingError.Message);
        }

        [Fact]
        public void Unknown_cookie_is_reported()
        {
            var text = SourceText.FromBytes(Encoding.ASCII.GetBytes("# -*- coding: uft-8 -*-\n"), "u.py");
            Assert.Equal("encoding problem: uft-8", text.EncodingError.Message); // what python2.7 says when it runs such a file
        }
    }
}

using Xunit;

namespace Py2Cs.Runtime.Tests.Modules.urlparse
{
    /// <summary>
    /// urlparse and urllib's split helpers called directly. Every expected value was recorded from
    /// python2.7 (2.7.18) with the same arguments.
    /// </summary>
    public class UrlparseTests
    {
        private static PyStr S(string s) => PyStr.FromString(s);
        private static string R(PyObject o) => Ops.Repr(o).ToString();

        [Theory]
        [InlineData("http://a/b/c/d;p?q", "../../../g", "'http://a/../g'")]
        [InlineData("http://a/b/c/d;p?q", "g;x?y#s", "'http://a/b/c/g;x?y#s'")]
        [InlineData("http://a/b/", "//h2/x", "'http://h2/x'")]
        [InlineData("svn+ssh://h/a/b", "../c", "'svn+ssh://h/c'")]
        [InlineData("http://a", "b", "'http://a/b'")]
        public void Urljoin_resolves_like_2_7(string baseUrl, string relative, string expected) =>
            Assert.Equal(expected, R(urlparse_module.urljoin(S(baseUrl), S(relative))));

        [Theory]
        [InlineData("HTTP://U:P@H.com:81/x;y?z#w", "('http', 'U:P@H.com:81', '/x;y', 'z', 'w')", "'h.com'", "81", "'U'")]
        [InlineData("path:80", "('', '', 'path:80', '', '')", "None", "None", "None")]
        [InlineData("//[::1]:9/", "('', '[::1]:9', '/', '', '')", "'::1'", "9", "None")]
        public void Urlsplit_parts_and_attributes(string url, string parts, string hostname, string port, string username)
        {
            PyObject split = urlparse_module.urlsplit(S(url));
            Assert.Equal(parts, R(Ops.Call(PyTuple.TypeObject, split)));
            Assert.Equal(hostname, R(Ops.GetAttr(split, PyStr.Intern("hostname"))));
            Assert.Equal(port, R(Ops.GetAttr(split, PyStr.Intern("port"))));
            Assert.Equal(username, R(Ops.GetAttr(split, PyStr.Intern("username"))));
        }

        [Theory]
        [InlineData("a=1&a=2;b=%20+x", "[('a', '1'), ('a', '2'), ('b', '  x')]")]
        [InlineData("=&x", "[('', ''), ('x', '')]")]
        public void Parse_qsl_keeping_blank_values(string query, string expected) =>
            Assert.Equal(expected, R(urlparse_module.parse_qsl(S(query), PyBool.True)));

        [Fact]
        public void Parse_qsl_strict_rejects_a_field_without_equals()
        {
            var e = Assert.Throws<PythonException>(() => urlparse_module.parse_qsl(S("a=1&b"), PyBool.False, PyBool.True));
            Assert.True(e.Matches(PyExceptionTypes.ValueError));
            Assert.Equal("bad query field: 'b'", Ops.Str(e.Value).ToString());
        }

        [Fact]
        public void Urllib_split_helpers()
        {
            Assert.Equal("('h', None)", R(urllib.splitnport(S("h:x"))));
            Assert.Equal("('mailto', 'x')", R(urllib.splittype(S("Mailto:x"))));
            Assert.Equal("('a?b', 'c')", R(urllib.splitquery(S("a?b?c"))));
        }
    }
}

using GraduateFair.Grains.LiveSessions;

namespace GraduateFair.Grains.Tests.LiveSessions;

public sealed class StreamKeysTests
{
    [Fact]
    public void KeyNamesItsSessionAndCarriesARandomSecret()
    {
        var first = StreamKeys.New("live_abc");
        var second = StreamKeys.New("live_abc");

        Assert.StartsWith("live_abc-", first, StringComparison.Ordinal);
        Assert.Equal("live_abc".Length + 1 + StreamKeys.SecretLength, first.Length);
        Assert.Equal("live_abc", StreamKeys.SessionIdOf(first));
        Assert.NotEqual(first, second);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("live_abc")]
    [InlineData("-0123456789abcdefghijkmnpqrstuvwx")]
    [InlineData("live_abc-tooshort")]
    public void NameThatIsNotShapedLikeAKeyNamesNoSession(string? name) => Assert.Null(StreamKeys.SessionIdOf(name));

    [Fact]
    public void KeysMatchOnlyExactly()
    {
        var key = StreamKeys.New("live_abc");

        Assert.True(StreamKeys.Matches(key, key));
        Assert.False(StreamKeys.Matches(key, key.ToUpperInvariant()));
        Assert.False(StreamKeys.Matches(key, key[..^1]));
        Assert.False(StreamKeys.Matches(null, key));
        Assert.False(StreamKeys.Matches(key, null));
    }
}

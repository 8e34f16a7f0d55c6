using Instroom.Web.Security;

namespace Instroom.Tests.Access;

public sealed class PasswordHashingTests
{
    private readonly PasswordHashing _hashing = new();

    [Fact]
    public void Verify_AcceptsTheRightPassword_AndRefusesAnother()
    {
        var hash = _hashing.Hash("correct horse battery");

        Assert.Equal(PasswordCheck.Succeeded, _hashing.Verify(hash, "correct horse battery"));
        Assert.Equal(PasswordCheck.Failed, _hashing.Verify(hash, "correct horse batterY"));
        Assert.DoesNotContain("correct", hash, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_TreatsADamagedHashAsFailed()
    {
        Assert.Equal(PasswordCheck.Failed, _hashing.Verify("not-base64!", "x"));
        Assert.Equal(PasswordCheck.Failed, _hashing.Verify("", "x"));
    }

    [Fact]
    public void NewOneTimePassword_IsLongReadableAndDifferentEachTime()
    {
        var passwords = Enumerable.Range(0, 50).Select(_ => _hashing.NewOneTimePassword()).ToList();

        Assert.Equal(50, passwords.Distinct(StringComparer.Ordinal).Count());
        Assert.All(passwords, password =>
        {
            Assert.Matches("^[a-zA-Z2-9]{5}(-[a-zA-Z2-9]{5}){3}$", password);
            Assert.DoesNotMatch("[01lIO]", password);
        });
    }
}

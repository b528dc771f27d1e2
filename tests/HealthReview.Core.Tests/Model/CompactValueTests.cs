using HealthReview.Core.Inputs;
using HealthReview.Core.Model;

namespace HealthReview.Core.Tests.Model;

/// <summary>The model's compact storage (digests as bytes, an invalid setting's problem beside its text) gives back what it was given.</summary>
public class CompactValueTests
{
    private const string Digest = "c4803514c6c2c497607411b0f6d05c088e9dbec13cf45cb52c8590c4f0e0c64f";

    [TestCase(Digest)]
    [TestCase("C4803514C6C2C497607411B0F6D05C088E9DBEC13CF45CB52C8590C4F0E0C64F")]
    [TestCase("0000000000000000000000000000000000000000000000000000000000000000")]
    [TestCase("not a digest <script>")]
    [TestCase("c4803514")]
    [TestCase("")]
    [TestCase(null)]
    public void An_input_file_gives_back_the_digest_text_it_was_given(string? sha256)
    {
        var input = new InputFile("a.connectedApp-meta.xml", sha256, 10, "ConnectedApp", InputStatus.Parsed, null);

        input.Sha256.Should().Be(sha256);
        (input with { Message = "changed" }).Sha256.Should().Be(sha256);
        (input with { Sha256 = Digest }).Sha256.Should().Be(Digest);
    }

    [Test]
    public void Input_files_are_equal_when_their_digests_are()
    {
        var one = new InputFile("a", Digest, 10, null, InputStatus.Parsed, null);

        one.Should().Be(new InputFile("a", Digest, 10, null, InputStatus.Parsed, null));
        one.Should().NotBe(new InputFile("a", Digest.Replace('c', 'd'), 10, null, InputStatus.Parsed, null));
        one.Should().NotBe(new InputFile("a", Digest.ToUpperInvariant(), 10, null, InputStatus.Parsed, null));
        one.GetHashCode().Should().Be(new InputFile("a", Digest, 10, null, InputStatus.Parsed, null).GetHashCode());
    }

    [Test]
    public void A_setting_keeps_its_state_text_problem_and_location()
    {
        var at = new SourceLocation("x.ecaOauth-meta.xml", 7, 5);

        var present = Setting<int>.Of(30, "30", at);
        var invalid = Setting<int>.Invalid("soon", at, "'soon' is not a whole number");
        var absent = Setting<int>.Absent;

        (present.State, present.Value, present.RawText, present.Problem, present.Location).Should().Be((SettingState.Present, 30, "30", (string?)null, (SourceLocation?)at));
        (invalid.State, invalid.Value, invalid.RawText, invalid.Problem, invalid.Location).Should().Be((SettingState.Invalid, 0, "soon", "'soon' is not a whole number", (SourceLocation?)at));
        (absent.State, absent.RawText, absent.Problem, absent.Location).Should().Be((SettingState.Absent, (string?)null, (string?)null, (SourceLocation?)null));
        invalid.Should().Be(Setting<int>.Invalid("soon", at, "'soon' is not a whole number"));
        invalid.Should().NotBe(Setting<int>.Invalid("soon", at, "another reason"));
    }
}

using System.Net;
using Mentorship.Application.People;
using Mentorship.Application.People.Queries.GetConsents;
using Mentorship.Application.People.Queries.GetParticipations;
using Mentorship.Domain.Common;
using Mentorship.Domain.Programmes;

namespace Mentorship.WebApi.FunctionalTests.People;

/// <summary>Consent (152-FZ): none, no group; revoked, the participations end.</summary>
public sealed class ConsentTests(DatabaseProvider provider) : FunctionalTest(provider)
{
    private Guid _school;

    [SetUp]
    public async Task CreateSchools() => _school = await Given.School("Школа № 1");

    [Test]
    public async Task A_pupil_without_consent_cannot_join_a_group_and_one_with_consent_can()
    {
        AsCurator(_school);
        var mentor = await Given.Pupil(_school, "Старший", "Ученик", grade: 10);
        var mentee = await Given.Pupil(_school, "Младший", "Ученик", grade: 6);
        await Given.Consent(mentor.Id);

        var refusal = await FluentActions.Awaiting(() => Given.Pair(_school, mentor.Id, mentee.Id)).Should().ThrowAsync<DomainException>();
        refusal.Which.Field.Should().Be("personId");

        await Given.Consent(mentee.Id, "LegalRepresentative", "Младшая Мама");
        await Given.Pair(_school, mentor.Id, mentee.Id);
    }

    [Test]
    public async Task Revoking_the_consent_ends_the_persons_active_participations_with_the_reason()
    {
        AsCurator(_school);
        var mentor = await Given.Pupil(_school, "Старший", "Ученик", grade: 10);
        var mentee = await Given.Pupil(_school, "Младший", "Ученик", grade: 6);
        await Given.Consent(mentor.Id);
        var consent = await Given.Consent(mentee.Id, "LegalRepresentative", "Младшая Мама");
        await Given.Pair(_school, mentor.Id, mentee.Id);

        var revoke = await Client.PostAsync($"{Api}/people/{mentee.Id}/consents/{consent.Id}/revoke", null);

        revoke.StatusCode.Should().Be(HttpStatusCode.OK, await revoke.Content.ReadAsStringAsync());
        (await ReadAsync<ConsentDto>(revoke)).IsActive.Should().BeFalse();
        var history = await ReadAsync<List<ParticipationDto>>(await Client.GetAsync($"{Api}/people/{mentee.Id}/participations"));
        history.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Role = GroupRole.Mentee, LeaveReason = MentoringGroup.ConsentRevokedReason, LeftAt = DateOnly.FromDateTime(Factory.Clock.GetUtcNow().UtcDateTime) });
        var mentorHistory = await ReadAsync<List<ParticipationDto>>(await Client.GetAsync($"{Api}/people/{mentor.Id}/participations"));
        mentorHistory.Single().LeftAt.Should().BeNull();
        await ProblemAsync(await Client.PostAsync($"{Api}/people/{mentee.Id}/consents/{consent.Id}/revoke", null), HttpStatusCode.Conflict);
    }
}

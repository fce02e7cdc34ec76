using MediatR;
using Mentorship.Application.Common.Exceptions;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Localization;
using Mentorship.Application.Common.Security;
using Mentorship.Application.MentorBank.Queries.GetBankMentor;
using Mentorship.Domain.Common;
using Mentorship.Domain.People;
using Mentorship.Domain.Programmes;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.MentorBank.Commands.RegisterBankMentor;

/// <summary>Registers a person in the municipality's bank of mentors and experts.</summary>
/// <param name="PersonId">
/// The person, of an organisation of the municipality; a curator proposes only a person of their own organisation.
/// </param>
/// <param name="Role">Mentor (takes pairs; the default) or expert (consults).</param>
/// <param name="Capacity">How many mentees the person takes at a time over every school and programme (1–50).</param>
/// <param name="Competences">
/// Competences: the deficits and topics the person helps with, as tags (at least one, up to 100 characters each,
/// stored in lower case with ё as е), e.g. "оценивание", "работа с родителями".
/// </param>
/// <param name="AgreedAt">The day the person agreed to help teachers of other schools (согласие).</param>
/// <param name="TrainingExceptionReason">
/// Only a person who completed a mentor training (stage 2 of any programme) or a ДПП course enters; for one who has
/// not, the reason they enter anyway (required then, up to 1000 characters).
/// </param>
[Authorize(Roles = Roles.OrganizationStaff)]
public sealed record RegisterBankMentorCommand(
    Guid? PersonId, MunicipalBankRole? Role, int? Capacity, IReadOnlyList<string>? Competences, DateOnly? AgreedAt, string? TrainingExceptionReason = null)
    : IRequest<BankMentorDto>
{
    [System.Text.Json.Serialization.JsonIgnore]
    public Guid MunicipalityId { get; init; }
}

internal sealed class RegisterBankMentorHandler(IApplicationDbContext db, ICurrentUser user) : IRequestHandler<RegisterBankMentorCommand, BankMentorDto>
{
    public async Task<BankMentorDto> Handle(RegisterBankMentorCommand request, CancellationToken cancellationToken)
    {
        await db.EnsureBankVisibleAsync(user, request.MunicipalityId, cancellationToken);
        var personId = request.PersonId!.Value;

        // The person scope decides whom the caller may propose: a curator sees the people of their own school only.
        var person = await db.People.SingleOrDefaultAsync(p => p.Id == personId && !p.IsAnonymised, cancellationToken)
                     ?? throw new ValidationException("personId", ErrorCodes.Common.NotFound, Catalogue.Entity(nameof(Person)), personId);
        if (await db.MunicipalMentors.IgnoreQueryFilters().AnyAsync(m => m.MunicipalityId == request.MunicipalityId && m.PersonId == personId, cancellationToken))
        {
            throw new DomainConflictException(ErrorCodes.MentorBank.Duplicate, "personId");
        }

        var personMunicipalityId = await db.Organizations.IgnoreQueryFilters().Where(o => o.Id == person.OrganizationId).Select(o => o.MunicipalityId).SingleAsync(cancellationToken);
        var entry = MunicipalMentor.Register(request.MunicipalityId, person, personMunicipalityId, request.Role ?? MunicipalBankRole.Mentor, request.Capacity!.Value,
            request.AgreedAt!.Value, await IsTrainedAsync(personId, cancellationToken), request.TrainingExceptionReason);
        entry.SetCompetences(request.Competences!);
        db.MunicipalMentors.Add(entry);

        // A second registration racing this one is refused by the unique index (409), not by the check above.
        await db.SaveChangesAsync(cancellationToken);
        return await MunicipalMentorReads.DtoAsync(db, request.MunicipalityId, entry.Id, cancellationToken);
    }

    /// <summary>A completed mentor training of stage 2 in any programme, or a ДПП course on record.</summary>
    private async Task<bool> IsTrainedAsync(Guid personId, CancellationToken cancellationToken) =>
        await db.MentorTrainings.IgnoreQueryFilters().AnyAsync(
            t => t.CompletedAt != null && db.MentorCandidates.IgnoreQueryFilters().Any(c => c.Id == t.CandidateId && c.PersonId == personId), cancellationToken)
        || await db.Trainings.IgnoreQueryFilters().AnyAsync(t => t.PersonId == personId, cancellationToken);
}

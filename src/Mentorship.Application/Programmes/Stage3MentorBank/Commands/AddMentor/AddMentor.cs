using AutoMapper;
using FluentValidation;
using MediatR;
using Mentorship.Application.Common.Exceptions;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Localization;
using Mentorship.Application.Common.Security;
using Mentorship.Application.Programmes.Stage3MentorBank.Queries.GetMentor;
using Mentorship.Domain.Common;
using Mentorship.Domain.Programmes;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.Programmes.Stage3MentorBank.Commands.AddMentor;

public interface IMentorFields
{
    int? Capacity { get; }

    MentorSource? Source { get; }

    IReadOnlyList<string>? Competences { get; }
}

public sealed class MentorFieldsValidator : AbstractValidator<IMentorFields>
{
    public MentorFieldsValidator()
    {
        RuleFor(c => c.Capacity).NotNull().InclusiveBetween(1, Mentor.MaxCapacity);
        RuleFor(c => c.Source).NotNull().IsInEnum();
        RuleForEach(c => c.Competences).NotEmpty().MaximumLength(TextLengths.Tag);
    }
}

/// <summary>Enters an accepted candidate into the mentor bank (stage 3 on).</summary>
/// <param name="CandidateId">The accepted candidate entered into the mentor bank (база наставников).</param>
/// <param name="Capacity">How many mentees the mentor takes at a time (1–50).</param>
/// <param name="Source">Where the mentor comes from (источник).</param>
/// <param name="Competences">
/// Competences (компетенции) as topic tags, such as "математика", "профориентация"; matching compares them with the
/// mentees' request tags. Up to 100 characters each, stored in lower case with ё as е.
/// </param>
/// <param name="TrainingExceptionReason">
/// Only a candidate who completed a training (stage 2) enters the bank; for one who has not, the curator records here
/// why they enter anyway (required then, up to 1000 characters).
/// </param>
[Authorize(Roles = Roles.OrganizationStaff)]
public sealed record AddMentorCommand(Guid? CandidateId, int? Capacity, MentorSource? Source, IReadOnlyList<string>? Competences, string? TrainingExceptionReason = null)
    : IRequest<MentorDto>, IMentorFields
{
    [System.Text.Json.Serialization.JsonIgnore]
    public Guid ProgrammeId { get; init; }
}

internal sealed class AddMentorHandler(IApplicationDbContext db, IMapper mapper) : IRequestHandler<AddMentorCommand, MentorDto>
{
    public async Task<MentorDto> Handle(AddMentorCommand request, CancellationToken cancellationToken)
    {
        var programme = await db.ProgrammeAsync(request.ProgrammeId, cancellationToken);
        programme.EnsureReached(ProgrammeStage.MentorBank);
        var candidate = await db.MentorCandidates.Include(c => c.Trainings).SingleOrDefaultAsync(c => c.Id == request.CandidateId && c.ProgrammeId == programme.Id, cancellationToken)
                        ?? throw new ValidationException("candidateId", ErrorCodes.Common.NotFound, Catalogue.Entity(nameof(MentorCandidate)), request.CandidateId!.Value);
        var mentor = programme.EnterMentor(candidate, request.Capacity!.Value, request.Source!.Value,
            alreadyMentor: await db.Mentors.AnyAsync(m => m.ProgrammeId == programme.Id && m.PersonId == candidate.PersonId, cancellationToken),
            trainingExceptionReason: request.TrainingExceptionReason);
        mentor.SetCompetences(request.Competences ?? []);
        db.Mentors.Add(mentor);
        await db.SaveChangesAsync(cancellationToken);
        return await db.MentorDtoAsync(mapper, programme.Id, mentor.Id, cancellationToken);
    }
}

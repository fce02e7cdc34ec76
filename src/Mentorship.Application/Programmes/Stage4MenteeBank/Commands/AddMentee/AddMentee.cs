using AutoMapper;
using FluentValidation;
using MediatR;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Security;
using Mentorship.Application.Programmes.Stage4MenteeBank.Queries.GetMentee;
using Mentorship.Domain.Common;
using Mentorship.Domain.Programmes;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.Programmes.Stage4MenteeBank.Commands.AddMentee;

public sealed record MenteeRequestInput(string? Text, IReadOnlyList<string>? Tags);

public sealed class MenteeRequestInputValidator : AbstractValidator<MenteeRequestInput>
{
    public MenteeRequestInputValidator()
    {
        RuleFor(r => r.Text).MaximumLength(TextLengths.FreeText);
        RuleFor(r => r.Tags).NotEmpty();
        RuleForEach(r => r.Tags).NotEmpty().MaximumLength(TextLengths.Tag);
    }
}

/// <summary>Enters a person into the mentee bank (stage 4 on), with the first requests if known.</summary>
[Authorize(Roles = Roles.OrganizationStaff)]
public sealed record AddMenteeCommand(Guid? PersonId, MenteeDataChannel? DataChannel, IReadOnlyList<MenteeRequestInput>? Requests) : IRequest<MenteeDto>
{
    [System.Text.Json.Serialization.JsonIgnore]
    public Guid ProgrammeId { get; init; }
}

internal sealed class AddMenteeHandler(IApplicationDbContext db, IMapper mapper) : IRequestHandler<AddMenteeCommand, MenteeDto>
{
    public async Task<MenteeDto> Handle(AddMenteeCommand request, CancellationToken cancellationToken)
    {
        var programme = await db.ProgrammeAsync(request.ProgrammeId, cancellationToken);
        var personId = request.PersonId!.Value;
        await db.EnsurePersonVisibleAsync(personId, cancellationToken);
        var mentee = programme.EnterMentee(personId, request.DataChannel!.Value,
            alreadyMentee: await db.Mentees.AnyAsync(m => m.ProgrammeId == programme.Id && m.PersonId == personId, cancellationToken));
        foreach (var input in request.Requests ?? [])
        {
            mentee.AddRequest(input.Text, input.Tags ?? []);
        }

        db.Mentees.Add(mentee);
        await db.SaveChangesAsync(cancellationToken);
        return await db.MenteeDtoAsync(mapper, programme.Id, mentee.Id, cancellationToken);
    }
}

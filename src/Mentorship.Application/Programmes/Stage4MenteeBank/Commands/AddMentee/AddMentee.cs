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

/// <summary>A request (запрос) of a mentee: topic tags that matching uses, and the request in words.</summary>
/// <param name="Text">The request in words; optional, up to 4000 characters.</param>
/// <param name="Tags">
/// Topic tags of the request, at least one, such as "математика"; up to 100 characters each, stored in lower case with
/// ё as е.
/// </param>
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
/// <param name="PersonId">The person entered into the mentee bank (база наставляемых).</param>
/// <param name="DataChannel">Where the data about the mentee's needs came from.</param>
/// <param name="Requests">The mentee's first requests (запросы); optional.</param>
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

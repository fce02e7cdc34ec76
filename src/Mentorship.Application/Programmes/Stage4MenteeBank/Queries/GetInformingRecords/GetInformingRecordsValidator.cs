using FluentValidation;
using Mentorship.Application.Common.Models;

namespace Mentorship.Application.Programmes.Stage4MenteeBank.Queries.GetInformingRecords;

public sealed class GetInformingRecordsValidator : AbstractValidator<GetInformingRecordsQuery>
{
    public GetInformingRecordsValidator() => Include(new PagedRequestValidator());
}

Ihre ${program.pointName} im ${period.label}: ${points.balance} ${program.pointName}

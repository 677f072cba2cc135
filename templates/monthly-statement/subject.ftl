Your ${program.pointName} in ${period.label}: ${points.balance} ${program.pointName}
